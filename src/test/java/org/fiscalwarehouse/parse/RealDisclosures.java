package org.fiscalwarehouse.parse;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the real published disclosures of another city (Shanghai 普陀区) live: outside the repository, as
 * third-party documents, in ../shared/corpus/real (or /work/shared/corpus/real). Tests skip when they are absent.
 */
public final class RealDisclosures {

    /** A 2024 部门决算 made with ONLYOFFICE; its tables are in 万元. */
    public static final String FINAL_2024 = "putuo-finance-bureau-2024-final.pdf";
    /** A 2025 部门预算 exported from WPS 表格; its budget tables are in 元, its 三公 table in 万元. */
    public static final String BUDGET_2025 = "putuo-gov-office-2025-budget.pdf";

    private RealDisclosures() {
    }

    public static Path folder() {
        Path relative = Path.of("..", "shared", "corpus", "real");
        return Files.isDirectory(relative) ? relative : Path.of("/work/shared/corpus/real");
    }

    public static boolean present() {
        return Files.isRegularFile(folder().resolve(FINAL_2024)) && Files.isRegularFile(folder().resolve(BUDGET_2025));
    }

    public static String absentReason() {
        return "the real disclosures " + FINAL_2024 + " and " + BUDGET_2025 + " are not in " + folder().toAbsolutePath()
                + " (third-party documents, kept outside the repository)";
    }
}
