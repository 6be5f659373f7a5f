package org.sitrep.model;

/**
 * Something wrong with an input that did not stop it from being read (a dateline that would not parse, a
 * charset that had to be guessed). Recorded on the result, never thrown.
 */
public record Problem(String stage, String message) {

    private static final int MAX_EXCERPT = 60;

    /**
     * A one-line account of a failure for a problem line: its kind, its message as a short printable excerpt,
     * and the first of Sitrep's own frames it went through ("StackOverflowError in HtmlBody.dropChrome").
     */
    public static String describe(Throwable failure) {
        StringBuilder line = new StringBuilder(failure.getClass().getSimpleName());
        if (failure.getMessage() != null && !failure.getMessage().isBlank()) {
            line.append(": ").append(excerpt(failure.getMessage()));
        }
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (frame.getClassName().startsWith("org.sitrep.")) {
                String type = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
                line.append(" in ").append(type).append('.').append(frame.getMethodName());
                break;
            }
        }
        return line.toString();
    }

    /**
     * At most a short stretch of {@code text}, safe to print: control and unprintable characters become
     * {@code \xNN} or {@code \}{@code uNNNN} escapes, and a long text is cut with "...".
     */
    public static String excerpt(CharSequence text) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < text.length(); i++) {
            if (shown == MAX_EXCERPT) {
                out.append("...");
                break;
            }
            char c = text.charAt(i);
            if (printable(c)) {
                out.append(c);
            } else {
                out.append(c < 0x100 ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
            }
            shown++;
        }
        return out.toString();
    }

    private static boolean printable(char c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
