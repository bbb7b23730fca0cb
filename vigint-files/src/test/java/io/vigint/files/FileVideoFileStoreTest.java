package io.vigint.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.clip.ClipId;
import io.vigint.core.contract.VideoFileStoreContract;
import io.vigint.core.videofile.VideoFile;
import io.vigint.core.videofile.VideoFileKind;
import io.vigint.core.videofile.VideoFileStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileVideoFileStoreTest implements VideoFileStoreContract {
    @TempDir
    Path dir;

    @Override
    public VideoFileStore videoFileStore() {
        return new FileVideoFileStore(dir.resolve("videos"));
    }

    @Test
    void aFileIsAnOwnerOnlyMp4NamedByItsIdWhateverTheClientCalledIt() throws IOException {
        FileVideoFileStore store = new FileVideoFileStore(dir.resolve("data/videos"));
        ClipId id = new ClipId("q".repeat(22));
        String hostile = "../../../escaped/../../x.mp4\\..\\";

        store.save(
                new VideoFile(id, ACME, VideoFileKind.HOSTED, hostile, T0, T0.plusSeconds(60), 2), new byte[] {1, 2});

        assertThat(Files.readAllBytes(dir.resolve("data/videos/" + id + ".mp4")))
                .containsExactly(1, 2);
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile)
                            .map(p -> dir.relativize(p).toString()))
                    .containsExactlyInAnyOrder("data/videos/" + id + ".mp4", "data/videos/" + id + ".meta");
        }
        assertThat(store.find(id).orElseThrow().name()).isEqualTo(hostile);
        if (OwnerOnlyFiles.posix(dir)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("data/videos"))))
                    .isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(dir.resolve("data/videos/" + id + ".mp4"))))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(dir.resolve("data/videos/" + id + ".meta"))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void aStoreOpenedAgainFindsTheFilesAndARecordThatIsNotOursIsNoFile() throws IOException {
        ClipId id = new ClipId("r".repeat(22));
        VideoFile file = new VideoFile(id, OTHER, VideoFileKind.CREATED, "", T0, T0.plusSeconds(60), 1);
        new FileVideoFileStore(dir.resolve("videos")).save(file, new byte[] {7});

        assertThat(new FileVideoFileStore(dir.resolve("videos")).find(id)).contains(file);

        ClipId forged = new ClipId("s".repeat(22));
        Files.writeString(dir.resolve("videos/" + forged + ".meta"), "client=1\nkind=SECRET\n");
        Files.write(dir.resolve("videos/" + forged + ".mp4"), new byte[] {1});
        assertThat(new FileVideoFileStore(dir.resolve("videos")).find(forged)).isEmpty();
        assertThat(new FileVideoFileStore(dir.resolve("videos")).listOwnedBy(ACME))
                .isEmpty();
    }
}
