package newssearch.index;

import java.io.IOException;

/**
 * A reindex stopped because the disk holding the index has no space left. The previous index is left as it was;
 * the message says where, and what to do.
 */
public final class DiskFullException extends IOException {

    public DiskFullException(String where, Throwable cause) {
        super("the disk holding " + where + " is full: free space and run the index again", cause);
    }

    /** Whether {@code failure}, or anything that caused it, is the operating system saying the disk is full. */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // ENOSPC and EDQUOT as the JDK words them on Linux, macOS and Windows.
            String message = t.getMessage();
            if (message != null && (message.contains("No space left on device")
                    || message.contains("Disk quota exceeded")
                    || message.contains("There is not enough space on the disk"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
