package io.vigint.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.Objects;
import javax.net.SocketFactory;

/**
 * Makes sockets that connect only where the {@link OutboundPolicy} allows: {@code connect} takes the
 * host name of the address it is given (not an address a library resolved before), resolves it once
 * through the policy, which checks every address, and connects to a checked one; a refused host never
 * sees a connection attempt. Given to Angus Mail as {@code mail.smtp.socketFactory} for a client's SMTP
 * server (with fallback to the default factory turned off).
 */
final class GuardedSocketFactory extends SocketFactory {
    private final OutboundPolicy policy;

    GuardedSocketFactory(OutboundPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public Socket createSocket() {
        return new GuardedSocket(policy);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        Socket socket = createSocket();
        connect(socket, InetSocketAddress.createUnresolved(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        Socket socket = createSocket();
        socket.bind(new InetSocketAddress(localHost, localPort));
        connect(socket, InetSocketAddress.createUnresolved(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        Socket socket = createSocket();
        connect(socket, new InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        Socket socket = createSocket();
        socket.bind(new InetSocketAddress(localAddress, localPort));
        connect(socket, new InetSocketAddress(address, port));
        return socket;
    }

    private static void connect(Socket socket, SocketAddress address) throws IOException {
        try {
            socket.connect(address);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** A socket whose {@code connect} goes only to an address the policy checked. */
    private static final class GuardedSocket extends Socket {
        private final OutboundPolicy policy;

        GuardedSocket(OutboundPolicy policy) {
            this.policy = policy;
        }

        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
            if (!(endpoint instanceof InetSocketAddress target)) {
                throw new IllegalArgumentException("only an InetSocketAddress can be connected to");
            }
            InetAddress checked = policy.connectAddress(target.getHostString(), target.getPort());
            super.connect(new InetSocketAddress(checked, target.getPort()), timeout);
        }
    }
}
