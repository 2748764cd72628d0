package io.claimdesk.workflow.article;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.claimdesk.workflow.Refusal;
import io.claimdesk.workflow.WorkflowException;

/**
 * Decides where the article fetcher may connect: it resolves a host once and refuses it if any of its addresses is one
 * of this machine's (any interface) or lies in a special-purpose range; the caller then connects to the address checked
 * here, never to a second answer of the resolver. Numeric hosts must be plain dotted quads, the one IPv4 form that
 * every
 * program reads alike.
 */
final class FetchAddressGuard {

    /** Special-purpose ranges (IANA IPv4 and IPv6 special-purpose registries), none of which is a public web server. */
    static final List<String> SPECIAL_PURPOSE = List.of(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
            "224.0.0.0/4", "240.0.0.0/4", "255.255.255.255/32",
            // ::/96 holds ::/128, ::1 and the deprecated IPv4-compatible addresses (::a.b.c.d).
            "::/96", "::1/128", "::ffff:0:0/96", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64", "2001::/23",
            "2001:db8::/32", "2002::/16", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8");

    private static final List<Block> BLOCKS = SPECIAL_PURPOSE.stream().map(Block::parse).toList();
    // A last label made of digits (or 0x…) means the host is meant as an IPv4 literal: no top-level domain is numeric.
    private static final Pattern NUMERIC_LABEL = Pattern.compile("(0x[0-9a-f]*|[0-9]+)");
    private static final Pattern DOTTED_QUAD = Pattern.compile(
            "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");

    private final Set<InetAddress> allowed;
    private final Resolver resolver;
    private final Supplier<Set<InetAddress>> own;

    /** Looks a host's addresses up: the system resolver, or a stand-in in tests. */
    @FunctionalInterface
    interface Resolver {

        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    FetchAddressGuard(Set<InetAddress> allowed, Resolver resolver) {
        this(allowed, resolver, FetchAddressGuard::ownAddresses);
    }

    FetchAddressGuard(Set<InetAddress> allowed, Resolver resolver, Supplier<Set<InetAddress>> own) {
        this.allowed = Set.copyOf(allowed);
        this.resolver = resolver;
        this.own = own;
    }

    /**
     * The addresses of the host, every one of them checked, or a refusal; {@code host} as {@link java.net.URI} gives
     * it.
     */
    InetAddress[] resolve(String host) {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        refuseAmbiguous(name);
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(name);
        } catch (UnknownHostException e) {
            throw WorkflowException.invalid(Refusal.FETCH_UNKNOWN_HOST, host);
        }
        if (addresses.length == 0) {
            throw WorkflowException.invalid(Refusal.FETCH_UNKNOWN_HOST, host);
        }
        Set<InetAddress> ours = own.get();
        // Java reads an IPv4-mapped IPv6 literal (::ffff:a.b.c.d) as the IPv4 address: refuse the form itself.
        boolean mapped = name.contains(":") && addresses[0] instanceof Inet4Address;
        for (InetAddress address : addresses) {
            if (mapped || !allowed.contains(address) && (isSpecialPurpose(address) || ours.contains(address))) {
                throw WorkflowException.invalid(Refusal.FETCH_PRIVATE_ADDRESS, host);
            }
        }
        return addresses;
    }

    /** Refuses octal, hexadecimal, integer and shortened IPv4 literals (0177.0.0.1, 0x7f.1, 2130706433, 127.1). */
    static void refuseAmbiguous(String host) {
        if (host.contains(":")) {
            return; // IPv6, whose IPv4-mapped forms resolve() refuses
        }
        String name = host.toLowerCase(Locale.ROOT);
        String[] labels = name.split("\\.", -1);
        String last = labels[labels.length - 1].isEmpty() && labels.length > 1
                ? labels[labels.length - 2]
                : labels[labels.length - 1];
        if (NUMERIC_LABEL.matcher(last).matches() && !DOTTED_QUAD.matcher(name).matches()) {
            throw WorkflowException.invalid(Refusal.FETCH_AMBIGUOUS_ADDRESS, host);
        }
    }

    static boolean isSpecialPurpose(InetAddress address) {
        byte[] bytes = address.getAddress();
        return BLOCKS.stream().anyMatch(block -> block.contains(bytes));
    }

    // Read at each check: interfaces and their addresses come and go (DHCP, containers, VPNs).
    static Set<InetAddress> ownAddresses() {
        try {
            return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .flatMap(NetworkInterface::inetAddresses)
                    .map(FetchAddressGuard::withoutScope)
                    .collect(Collectors.toSet());
        } catch (SocketException e) {
            // Without the list nothing can be told apart from this machine: refuse every address.
            throw WorkflowException.invalid(Refusal.FETCH_PRIVATE_ADDRESS, "interfaces unreadable");
        }
    }

    // fe80::1%eth0 and fe80::1 are the same address for this comparison.
    private static InetAddress withoutScope(InetAddress address) {
        try {
            return InetAddress.getByAddress(address.getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One CIDR block: the first {@code bits} bits of {@code network}. */
    private record Block(byte[] network, int bits) {

        static Block parse(String cidr) {
            String[] parts = cidr.split("/");
            try {
                byte[] network = InetAddress.getByName(parts[0]).getAddress();
                if (parts[0].contains(":") && network.length == 4) {
                    // Java turns ::ffff:a.b.c.d into a.b.c.d; the block itself is IPv6.
                    byte[] mapped = new byte[16];
                    mapped[10] = (byte) 0xFF;
                    mapped[11] = (byte) 0xFF;
                    System.arraycopy(network, 0, mapped, 12, 4);
                    network = mapped;
                }
                return new Block(network, Integer.parseInt(parts[1]));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(cidr, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = bits / 8;
            if (!Arrays.equals(address, 0, whole, network, 0, whole)) {
                return false;
            }
            int rest = bits % 8;
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return rest == 0 || (address[whole] & mask) == (network[whole] & mask);
        }
    }
}
