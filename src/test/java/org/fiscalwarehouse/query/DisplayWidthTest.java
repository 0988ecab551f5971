package org.fiscalwarehouse.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisplayWidthTest {

    @Test
    void chineseCharactersAndFullWidthFormsTakeTwoColumns() {
        assertThat(DisplayWidth.of("fuzhou-hsa")).isEqualTo(10);
        assertThat(DisplayWidth.of("福州市医疗保障局")).isEqualTo(16);
        assertThat(DisplayWidth.of("医疗服务与保障能力提升补助资金 2")).isEqualTo(32);
        assertThat(DisplayWidth.of("（本级）")).isEqualTo(8);        // full-width brackets
        assertThat(DisplayWidth.of("2024 年")).isEqualTo(7);
        assertThat(DisplayWidth.of("“三公”经费")).isEqualTo(10);    // curly quotes are narrow outside CJK locales
        assertThat(DisplayWidth.of("\u3000")).isEqualTo(2);         // ideographic space
    }

    @Test
    void combiningMarksAndJoinedSequencesCountOnce() {
        assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);              // é as e + combining acute
        assertThat(DisplayWidth.of("\uD83D\uDC68\u200D\uD83D\uDCBB")).isEqualTo(2); // 👨‍💻, one emoji of two
        assertThat(DisplayWidth.of("\uD840\uDC00")).isEqualTo(2);          // 𠀀, a CJK character beyond the BMP
        assertThat(DisplayWidth.of("")).isZero();
        assertThat(DisplayWidth.of(null)).isZero();
    }

    @Test
    void padsToADisplayWidth() {
        assertThat(DisplayWidth.padRight("厦门", 6)).isEqualTo("厦门  ");
        assertThat(DisplayWidth.padLeft("10.43", 8)).isEqualTo("   10.43");
        assertThat(DisplayWidth.padRight("福建省医疗保障基金中心", 4)).isEqualTo("福建省医疗保障基金中心");
        assertThat(List.of("厦门市", "xiamen")).allMatch(t -> DisplayWidth.of(DisplayWidth.padRight(t, 12)) == 12);
    }
}
