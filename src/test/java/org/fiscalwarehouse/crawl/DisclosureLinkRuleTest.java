package org.fiscalwarehouse.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class DisclosureLinkRuleTest {

    final DisclosureLinkRule rule = new DisclosureLinkRule();

    @Test
    void takesAttachmentsByTheirPathOrByALinkTextThatNamesAFile() {
        assertThat(rule.fileType("http://x/P0202409.pdf", "附件")).contains("pdf");
        assertThat(rule.fileType("http://x/a.XLSX", "")).contains("xlsx");
        assertThat(rule.fileType("http://x/download.jsp?id=3", "2023年度部门决算.docx")).contains("docx");
        assertThat(rule.fileType("http://x/photo.jpg", "2023年度部门决算")).isEmpty();
        assertThat(rule.fileType("http://x/col/t2024.html", "2024年度部门预算")).as("a page").isEmpty();
    }

    @Test
    void tellsPagesFromFiles() {
        assertThat(rule.isPage("http://x/col/")).isTrue();
        assertThat(rule.isPage("http://x/col/index_1.shtml")).isTrue();
        assertThat(rule.isPage("http://x/a.pdf")).isFalse();
    }

    @Test
    void aDisclosureIsNamedOrLabelledAsABudgetOrFinalAccount() {
        assertThat(rule.isDisclosure("http://x/%E5%86%B3%E7%AE%97.pdf", "附件")).isTrue();
        assertThat(rule.isDisclosure("http://x/P02.pdf", "2025年部门预算公开")).isTrue();
        assertThat(rule.isDisclosure("http://x/P02.pdf", "活动照片")).isFalse();
    }

    @Test
    void anHtmlPageIsADisclosureOnlyWhenLabelledAndCarryingATable() {
        String table = "<table>" + "<tr><td>科目</td><td>1</td></tr>".repeat(6) + "</table>";
        assertThat(rule.isInlineDisclosure(Jsoup.parse("<title>2023年度部门决算</title>" + table), "")).isTrue();
        assertThat(rule.isInlineDisclosure(Jsoup.parse("<title>通知</title>" + table), "2023年度部门决算")).isTrue();
        assertThat(rule.isInlineDisclosure(Jsoup.parse("<title>2023年度部门决算</title><a href=x.pdf>附件</a>"), ""))
                .as("an article that only links its PDF").isFalse();
        assertThat(rule.isInlineDisclosure(Jsoup.parse("<title>新闻</title>" + table), "新闻")).isFalse();
    }
}
