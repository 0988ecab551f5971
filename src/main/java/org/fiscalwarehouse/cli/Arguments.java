package org.fiscalwarehouse.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The command line: a command, {@code --name=value} options, and positional words (e.g. the SQL of query). */
public record Arguments(String command, Map<String, String> options, List<String> positional) {

    public static Arguments parse(String[] args) {
        String command = null;
        Map<String, String> options = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                if (eq < 0) {
                    options.put(a.substring(2), "true");
                } else {
                    options.put(a.substring(2, eq), a.substring(eq + 1));
                }
            } else if (command == null) {
                command = a;
            } else {
                positional.add(a);
            }
        }
        return new Arguments(command, options, positional);
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }
}
