package org.unionaid.shared.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The name of this application instance: {@code unionaid.instance-id} (env {@code UNIONAID_INSTANCE_ID}, e.g. the
 * container's name) or, when unset, the host name and a random suffix chosen at start-up, so two instances on one
 * host are told apart. Written as ShedLock's "locked by" and on every job run.
 */
@Component
public class InstanceId {

    private final String value;

    InstanceId(@Value("${unionaid.instance-id:}") String configured) {
        this.value = configured.isBlank() ? host() + "-" + HexFormat.of().toHexDigits(
                ThreadLocalRandom.current().nextInt()) : configured.strip();
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
