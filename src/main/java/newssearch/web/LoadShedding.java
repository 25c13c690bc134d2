package newssearch.web;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;

/**
 * A bounded queue in front of the search endpoints: a few searches run at once, a few more wait a short while
 * for their turn, and any beyond those are refused at once with 503 and {@code Retry-After}. Searches are CPU
 * work: admitting more than the cores can answer only makes every answer late, where a quick refusal lets the
 * client, or a load balancer, try again or elsewhere.
 */
final class LoadShedding {

    private static final long MAX_WAIT_MILLIS = 1_000;

    /** Seconds a refused client is asked to wait. */
    static final String RETRY_AFTER_SECONDS = "1";

    private final Semaphore running;
    private final Semaphore waiting;
    private final int maxWaiting;
    private final long maxWaitMillis;

    /**
     * @param maxRunning    requests answered at once
     * @param maxWaiting    requests that may wait for one of those to end
     * @param maxWaitMillis how long one of them waits before it is refused
     */
    LoadShedding(int maxRunning, int maxWaiting, long maxWaitMillis) {
        if (maxRunning < 1 || maxWaiting < 0 || maxWaitMillis < 0) {
            throw new IllegalArgumentException("need at least one running request and no negative limits, got "
                    + maxRunning + ", " + maxWaiting + ", " + maxWaitMillis);
        }
        this.running = new Semaphore(maxRunning, true);
        this.waiting = new Semaphore(maxWaiting);
        this.maxWaiting = maxWaiting;
        this.maxWaitMillis = maxWaitMillis;
    }

    /**
     * Limits for this machine: two searches per core run (a third would only share a core), sixteen per core
     * may wait, for at most a second. A queue that drains within the second is kept whole: it is answered, not
     * refused; what is refused is what could not be answered in time anyway.
     */
    static LoadShedding forCores(int cores) {
        return new LoadShedding(2 * cores, 16 * cores, MAX_WAIT_MILLIS);
    }

    /** The server threads the queue needs: those running, those waiting, and some left to refuse the rest. */
    static int threadsForCores(int cores) {
        return 2 * cores + 16 * cores + 4 * cores;
    }

    /** {@code handler} behind this queue. */
    Handler guard(Handler handler) {
        return ctx -> {
            if (!admit()) {
                refuse(ctx);
                return;
            }
            try {
                handler.handle(ctx);
            } finally {
                running.release();
            }
        };
    }

    /** Requests waiting for their turn now. */
    int waiting() {
        return maxWaiting - waiting.availablePermits();
    }

    private boolean admit() throws InterruptedException {
        if (running.tryAcquire()) {
            return true;
        }
        if (!waiting.tryAcquire()) {
            return false;
        }
        try {
            return running.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
        } finally {
            waiting.release();
        }
    }

    private static void refuse(Context ctx) {
        ctx.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", RETRY_AFTER_SECONDS)
                .json(new ErrorBody("overloaded", "The server is answering as many searches as it can: "
                        + "try again in " + RETRY_AFTER_SECONDS + " second"));
    }
}
