package org.fiscalwarehouse.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalTableTest {

    @Test
    void alignsColumnsByDisplayWidthWithNumbersOnTheRight() {
        QueryResult result = new QueryResult(List.of("unit_name_zh", "category", "final_wan"),
                List.of(false, false, true), List.of(
                        List.of("厦门市医疗保障局", "total", "10.43"),
                        Arrays.asList("福建省医疗保障基金中心", "reception", null),
                        List.of("fuzhou", "outbound", "126998.81")));
        assertThat(TerminalTable.render(result)).isEqualTo("""
                unit_name_zh            category   final_wan
                ----------------------  ---------  ---------
                厦门市医疗保障局        total          10.43
                福建省医疗保障基金中心  reception
                fuzhou                  outbound   126998.81
                """);
    }

    @Test
    void everyLineOfATableEndsItsColumnsAtTheSameDisplayColumn() {
        QueryResult result = new QueryResult(List.of("项目", "rate"), List.of(false, true), List.of(
                List.of("医保服务站工作经费", "80.57"), List.of("网络专项服务", "0.00"), List.of("a", "100.00")));
        List<String> lines = TerminalTable.render(result).lines().toList();
        assertThat(lines).extracting(DisplayWidth::of).containsOnly(DisplayWidth.of(lines.get(0)));
    }
}
