package io.vigint.media.scenes;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;

/**
 * The labelled scenes: incidents (someone or something person-sized moving) and still scenes that must not
 * raise one (noise, JPEG artefacts, lighting, a flash, rain, camera shake, flicker, a swaying plant).
 */
public final class SceneCorpus {
    /** Frame rates every scene is rendered at. */
    public static final List<Integer> FRAME_RATES = List.of(5, 10, 25, 30);

    private SceneCorpus() {}

    public static List<Scene> all() {
        return List.of(
                walker("person_walking", 80, 72, new Color(70, 90, 150), 11),
                walker("person_walking_slowly", 45, 72, new Color(150, 60, 60), 12),
                walker("person_running", 200, 72, new Color(90, 120, 70), 13),
                walker("small_person_far_away", 70, 48, new Color(60, 60, 110), 14),
                new CarCrossing(),
                new DoorOpening(false),
                new DoorOpening(true),
                new Still("still_room_sensor_noise", 16, 0.75f, 21),
                new Still("jpeg_artefacts_low_quality", 6, 0.12f, 22),
                new LightingDrift(),
                new OneFlash(),
                new Rain(),
                new CameraShake(),
                new Flicker(),
                new SwayingPlant());
    }

    private static Scene walker(String name, double speed, int height, Color shirt, long seed) {
        return new Scene(name, true, seed) {
            @Override
            void draw(Graphics2D g, double t, Random random) {
                Rectangle r = object(t);
                if (r != null) {
                    person(g, x(t), HEIGHT - 20, height, t, shirt);
                }
            }

            private double x(double t) {
                return -40 + (t - 0.5) * speed;
            }

            @Override
            Rectangle object(double t) {
                double x = x(t);
                if (t < 0.5 || x > WIDTH) {
                    return null;
                }
                int w = height * 3 / 8;
                return new Rectangle((int) x - w / 5, HEIGHT - 20 - height, w + 2 * w / 5, height);
            }
        };
    }

    private static final class CarCrossing extends Scene {
        CarCrossing() {
            super("car_crossing", true, 31);
        }

        private double x(double t) {
            return -130 + (t - 1) * 150;
        }

        @Override
        void draw(Graphics2D g, double t, Random random) {
            if (object(t) == null) {
                return;
            }
            int x = (int) Math.round(x(t));
            int y = HEIGHT - 70;
            g.setColor(new Color(170, 30, 30));
            g.fillRoundRect(x, y, 120, 34, 10, 10);
            g.fillRoundRect(x + 25, y - 20, 65, 26, 12, 12);
            g.setColor(new Color(160, 200, 220));
            g.fillRect(x + 32, y - 15, 24, 16);
            g.fillRect(x + 60, y - 15, 24, 16);
            g.setColor(new Color(20, 20, 20));
            g.fillOval(x + 12, y + 24, 24, 24);
            g.fillOval(x + 84, y + 24, 24, 24);
        }

        @Override
        Rectangle object(double t) {
            double x = x(t);
            if (t < 1 || x > WIDTH) {
                return null;
            }
            return new Rectangle((int) x, HEIGHT - 90, 120, 68);
        }
    }

    /** The door swings open from 2 s to 3.2 s (and, with someone, a person steps out and walks right). */
    private static final class DoorOpening extends Scene {
        private final boolean withPerson;

        DoorOpening(boolean withPerson) {
            super(withPerson ? "person_entering_by_the_door" : "door_opening", true, withPerson ? 42 : 41);
            this.withPerson = withPerson;
        }

        private double open(double t) {
            return Math.max(0, Math.min(1, (t - 2) / 1.2));
        }

        @Override
        void draw(Graphics2D g, double t, Random random) {
            double open = open(t);
            if (open > 0) {
                g.setColor(new Color(30, 28, 26));
                g.fillRect(DOOR_X, DOOR_Y, DOOR_W, DOOR_H);
                if (withPerson && t > 3.4) {
                    double x = DOOR_X + 5 + (t - 3.4) * 70;
                    person(g, x, DOOR_Y + DOOR_H, 110, t, new Color(200, 200, 60));
                }
                int width = (int) Math.round(DOOR_W * (1 - 0.8 * open));
                g.setColor(Scene.DOOR.brighter());
                g.fillRect(DOOR_X, DOOR_Y - (int) (6 * open), width, DOOR_H + (int) (12 * open));
            }
        }

        @Override
        Rectangle object(double t) {
            if (t < 2) {
                return null;
            }
            Rectangle door = new Rectangle(DOOR_X, DOOR_Y - 6, DOOR_W, DOOR_H + 12);
            if (withPerson && t > 3.4) {
                door.add(new Rectangle((int) (DOOR_X + (t - 3.4) * 70), DOOR_Y, 60, 110));
            }
            return door;
        }
    }

    private static final class Still extends Scene {
        private final int noise;
        private final float quality;

        Still(String name, int noise, float quality, long seed) {
            super(name, false, seed);
            this.noise = noise;
            this.quality = quality;
        }

        @Override
        int noise() {
            return noise;
        }

        @Override
        float quality() {
            return quality;
        }

        @Override
        void draw(Graphics2D g, double t, Random random) {}
    }

    /** The light falls to 70 % and rises to 120 % over the 8 s, smoothly (clouds, a dimmer). */
    private static final class LightingDrift extends Scene {
        LightingDrift() {
            super("slow_lighting_drift", false, 51);
        }

        @Override
        void draw(Graphics2D g, double t, Random random) {}

        @Override
        double[] lighting(double t, Random random) {
            double gain = t < 3 ? 1 - 0.1 * t : 0.7 + 0.5 * (t - 3) / 5;
            return new double[] {gain, 0};
        }
    }

    /** One frame, at 4 s, is much brighter (a camera flash, a car's headlights sweeping the room). */
    private static final class OneFlash extends Scene {
        OneFlash() {
            super("one_flash", false, 52);
        }

        @Override
        void draw(Graphics2D g, double t, Random random) {}

        @Override
        public List<Rendered> render(int fps) {
            flashFrame = (int) Math.round(4.0 * fps);
            this.fps = fps;
            return super.render(fps);
        }

        private int flashFrame;
        private int fps;

        @Override
        double[] lighting(double t, Random random) {
            return (int) Math.round(t * fps) == flashFrame ? new double[] {1.35, 40} : new double[] {1, 0};
        }
    }

    /** About 250 short bright streaks at random places in every frame. */
    private static final class Rain extends Scene {
        Rain() {
            super("rain_like_noise", false, 53);
        }

        @Override
        void draw(Graphics2D g, double t, Random random) {}

        @Override
        void overlay(BufferedImage image, double t, Random random) {
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(235, 235, 245));
            for (int i = 0; i < 250; i++) {
                int x = random.nextInt(WIDTH);
                int y = random.nextInt(HEIGHT);
                g.drawLine(x, y, x + 1, y + 6);
            }
            g.dispose();
        }
    }

    /** The camera shakes: every frame shifted by up to 3 pixels each way. */
    private static final class CameraShake extends Scene {
        CameraShake() {
            super("camera_shake", false, 54);
        }

        @Override
        void draw(Graphics2D g, double t, Random random) {}

        @Override
        int[] shift(double t, Random random) {
            return new int[] {random.nextInt(7) - 3, random.nextInt(7) - 3};
        }
    }

    /** A fluorescent tube or auto-exposure hunting: brightness jumps by up to 10 % every frame. */
    private static final class Flicker extends Scene {
        Flicker() {
            super("flickering_light", false, 55);
        }

        @Override
        void draw(Graphics2D g, double t, Random random) {}

        @Override
        double[] lighting(double t, Random random) {
            return new double[] {0.9 + 0.2 * random.nextDouble(), 0};
        }
    }

    /** A plant by the window whose leaves sway by a few pixels. */
    private static final class SwayingPlant extends Scene {
        SwayingPlant() {
            super("swaying_plant", false, 56);
        }

        @Override
        void draw(Graphics2D g, double t, Random random) {
            g.setColor(new Color(110, 80, 50));
            g.fillRect(286, 150, 18, 30);
            g.setColor(new Color(40, 110, 40));
            for (int leaf = 0; leaf < 6; leaf++) {
                double sway = 3 * Math.sin(t * 2.5 + leaf);
                int x = (int) Math.round(280 + (leaf % 3) * 10 + sway);
                int y = 110 + (leaf / 3) * 18;
                g.fillOval(x, y, 16, 10);
            }
        }
    }
}
