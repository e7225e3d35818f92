package fr.centressociaux.portail.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Java source text well enough for {@link TranslationsTest}: finds calls and constructor
 * invocations by name and gives the string literals among their arguments. Comments are ignored;
 * only literals at the top level of an argument count, so {@code new Button(getTranslation("k"))}
 * has no literal of its own while {@code new Button("Enregistrer")} and
 * {@code new Span(ok ? "Oui" : "Non")} have.
 */
final class JavaSourceScanner {

    /** Components whose constructor takes the text they show, and which argument it is. */
    static final Map<String, Integer> TEXT_CONSTRUCTORS = Map.ofEntries(
            Map.entry("Button", 0), Map.entry("Span", 0), Map.entry("H1", 0), Map.entry("H2", 0),
            Map.entry("H3", 0), Map.entry("H4", 0), Map.entry("H5", 0), Map.entry("H6", 0),
            Map.entry("Paragraph", 0), Map.entry("Div", 0), Map.entry("ListItem", 0), Map.entry("Anchor", 1),
            Map.entry("RouterLink", 0), Map.entry("NativeLabel", 0), Map.entry("Emphasis", 0),
            Map.entry("Strong", 0), Map.entry("Text", 0), Map.entry("Tab", 0), Map.entry("Details", 0),
            Map.entry("Checkbox", 0), Map.entry("TextField", 0), Map.entry("TextArea", 0),
            Map.entry("PasswordField", 0), Map.entry("EmailField", 0), Map.entry("IntegerField", 0),
            Map.entry("NumberField", 0), Map.entry("BigDecimalField", 0), Map.entry("DatePicker", 0),
            Map.entry("DateTimePicker", 0), Map.entry("TimePicker", 0), Map.entry("ComboBox", 0),
            Map.entry("MultiSelectComboBox", 0), Map.entry("SideNavItem", 0), Map.entry("Notification", 0),
            Map.entry("Select", 0), Map.entry("RadioButtonGroup", 0), Map.entry("CheckboxGroup", 0));

    /**
     * Setters whose only argument is a text the user reads (a second argument means another API,
     * such as an HTTP header's {@code setHeader(name, value)}).
     */
    static final Set<String> TEXT_SETTERS = Set.of("setLabel", "setPlaceholder", "setHelperText",
            "setHeaderTitle", "setHeader", "setFooter", "setErrorMessage", "setConfirmText", "setCancelText",
            "setRejectText", "setTitle", "setAriaLabel", "setEmptyStateText", "setEmptySelectionCaption",
            "setTooltipText", "setSummaryText", "setSubmit", "setForgotPassword", "setMessage",
            "setAdditionalInformation");

    /** Methods whose first argument is a text the user reads, whatever follows it. */
    static final Set<String> TEXT_METHODS = Set.of("setText", "addItem");

    /** Element attributes that browsers show or read aloud. */
    static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "aria-label", "placeholder", "alt", "label");

    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern CONSTRUCTOR = Pattern.compile("\\bnew\\s+(\\w+)\\s*(?:<[^<>()]*>)?\\s*\\(");
    private static final Pattern METHOD = Pattern.compile("\\.\\s*(\\w+)\\s*\\(");
    private static final Pattern NOTIFICATION_SHOW = Pattern.compile("\\bNotification\\s*\\.\\s*show\\s*\\(");
    private static final Pattern PAGE_TITLE = Pattern.compile("@PageTitle\\s*\\(");

    private final String file;
    private final String code;

    JavaSourceScanner(String file, String source) {
        this.file = file;
        this.code = withoutComments(source);
    }

    /** A string literal passed as text to a UI API, with where it is. */
    record HardCodedText(String file, int line, String api, String text) {

        @Override
        public String toString() {
            return file + ":" + line + " " + api + "(\"" + text + "\")";
        }
    }

    /** One argument of a call: its source and the string literals at its top level. */
    record Argument(String source, List<String> literals, boolean concatenated) {

        /** The literal a dynamic key starts with, as in {@code "role." + name()}. */
        String prefix() {
            return concatenated && source.startsWith("\"") && !literals.isEmpty() ? literals.getFirst() : null;
        }
    }

    /** Literals containing a letter given to the UI text APIs above. */
    List<HardCodedText> hardCodedTexts() {
        List<HardCodedText> found = new ArrayList<>();
        Matcher constructor = CONSTRUCTOR.matcher(code);
        while (constructor.find()) {
            Integer index = TEXT_CONSTRUCTORS.get(constructor.group(1));
            if (index != null) {
                addLiterals(found, "new " + constructor.group(1), constructor.end(), index);
            }
        }
        Matcher method = METHOD.matcher(code);
        while (method.find()) {
            String name = method.group(1);
            if (TEXT_METHODS.contains(name)
                    || (TEXT_SETTERS.contains(name) && arguments(method.end()).size() == 1)) {
                addLiterals(found, name, method.end(), 0);
            } else if (name.equals("setAttribute") || name.equals("setProperty")) {
                List<Argument> arguments = arguments(method.end());
                if (arguments.size() == 2 && arguments.get(0).literals().size() == 1
                        && TEXT_ATTRIBUTES.contains(arguments.get(0).literals().getFirst())) {
                    addLiterals(found, name + "(\"" + arguments.get(0).literals().getFirst() + "\", …)",
                            method.end(), 1);
                }
            }
        }
        Matcher show = NOTIFICATION_SHOW.matcher(code);
        while (show.find()) {
            addLiterals(found, "Notification.show", show.end(), 0);
        }
        Matcher pageTitle = PAGE_TITLE.matcher(code);
        while (pageTitle.find()) {
            addLiterals(found, "@PageTitle", pageTitle.end(), 0);
        }
        return found;
    }

    /** The arguments of every call matching {@code callStart} (a pattern ending at the opening parenthesis). */
    List<List<Argument>> callsOf(Pattern callStart) {
        List<List<Argument>> calls = new ArrayList<>();
        Matcher matcher = callStart.matcher(code);
        while (matcher.find()) {
            calls.add(arguments(matcher.end()));
        }
        return calls;
    }

    /** Every string literal in the code (not in comments). */
    List<String> literals() {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"') {
                int end = endOfString(i);
                literals.add(decode(code, i, end));
                i = end;
            } else if (c == '\'') {
                i = endOfChar(i);
            } else {
                i++;
            }
        }
        return literals;
    }

    private void addLiterals(List<HardCodedText> found, String api, int argumentsStart, int index) {
        List<Argument> arguments = arguments(argumentsStart);
        if (index < arguments.size()) {
            for (String literal : arguments.get(index).literals()) {
                if (LETTER.matcher(literal).find()) {
                    found.add(new HardCodedText(file, lineOf(argumentsStart), api, literal));
                }
            }
        }
    }

    /** Splits the arguments of a call whose opening parenthesis ends just before {@code start}. */
    List<Argument> arguments(int start) {
        List<Argument> arguments = new ArrayList<>();
        List<String> literals = new ArrayList<>();
        boolean concatenated = false;
        int depth = 0;
        int argumentStart = start;
        int i = start;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"') {
                int end = endOfString(i);
                if (depth == 0) {
                    literals.add(decode(code, i, end));
                }
                i = end;
                continue;
            }
            if (c == '\'') {
                i = endOfChar(i);
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == ',' || c == ')')) {
                String source = code.substring(argumentStart, i).strip();
                if (!source.isEmpty()) {
                    arguments.add(new Argument(source, List.copyOf(literals), concatenated));
                }
                if (c == ')') {
                    return arguments;
                }
                literals = new ArrayList<>();
                concatenated = false;
                argumentStart = i + 1;
            } else if (depth == 0 && c == '+') {
                concatenated = true;
            }
            i++;
        }
        return arguments;
    }

    private int lineOf(int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Index just after the string literal or text block starting at {@code start}. */
    private int endOfString(int start) {
        return endOfString(code, start);
    }

    private int endOfChar(int start) {
        int i = start + 1;
        while (i < code.length() && code.charAt(i) != '\'') {
            i += code.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    private static int endOfString(String text, int start) {
        if (text.startsWith("\"\"\"", start)) {
            int end = text.indexOf("\"\"\"", start + 3);
            while (end > 0 && text.charAt(end - 1) == '\\') {
                end = text.indexOf("\"\"\"", end + 1);
            }
            return end < 0 ? text.length() : end + 3;
        }
        int i = start + 1;
        while (i < text.length() && text.charAt(i) != '"' && text.charAt(i) != '\n') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    /** The value of the literal between {@code start} and {@code end}; escapes kept simple. */
    private static String decode(String text, int start, int end) {
        boolean block = text.startsWith("\"\"\"", start);
        String body = block ? text.substring(start + 3, Math.max(start + 3, end - 3))
                : text.substring(start + 1, Math.max(start + 1, end - 1));
        return body.replace("\\\"", "\"").replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\");
    }

    /** The source with comments blanked out (line breaks kept, so lines still count). */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"') {
                int end = endOfString(source, i);
                out.append(source, i, Math.min(end, source.length()));
                i = end;
            } else if (c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != '\'') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(source, i, Math.min(j + 1, source.length()));
                i = j + 1;
            } else if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                for (int j = i; j < end; j++) {
                    out.append(source.charAt(j) == '\n' ? '\n' : ' ');
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
