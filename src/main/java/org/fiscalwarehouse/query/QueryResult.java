package org.fiscalwarehouse.query;

import java.util.List;

/**
 * A query's result as text: column labels, which columns hold numbers (shown right-aligned), and the rows with
 * each value as it prints (decimals in plain digits, NULL as null).
 */
public record QueryResult(List<String> columns, List<Boolean> numeric, List<List<String>> rows) {

    public QueryResult {
        columns = List.copyOf(columns);
        numeric = List.copyOf(numeric);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    }
}
