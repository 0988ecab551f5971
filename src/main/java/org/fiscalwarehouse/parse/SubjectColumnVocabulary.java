package org.fiscalwarehouse.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The column headers the national forms print over 功能分类 subject tables (收入/支出决算表, 财政拨款支出表, 政府性基金
 * and 国有资本 tables, and their budget counterparts), and the measure each one holds. Matching is on the header
 * text with whitespace removed, longest header first, so "本年收入合计" is not also read as "本年收入" and "合计".
 */
public final class SubjectColumnVocabulary {

    /** "本年支出" above 小计/基本支出/项目支出: a group header, a column of its own only when nothing sits under it. */
    public static final String GROUP = "group";

    /** The measures that add up to the row's total (合计/小计 column). */
    public static final Set<String> PARTS_OF_TOTAL = Set.of("fiscal_appropriation", "upper_grant", "business_income",
            "operating_income", "subsidiary_income", "other_income", "basic", "project", "upper_remit",
            "operating_expense", "subsidiary_grant");

    private static final List<String[]> HEADERS = List.of(
            new String[] {"本年收入合计", "total"},
            new String[] {"本年支出合计", "total"},
            new String[] {"对附属单位补助支出", "subsidiary_grant"},
            new String[] {"附属单位上缴收入", "subsidiary_income"},
            new String[] {"年初结转和结余", "carryover_begin"},
            new String[] {"年末结转和结余", "carryover_end"},
            new String[] {"财政拨款收入", "fiscal_appropriation"},
            new String[] {"上级补助收入", "upper_grant"},
            new String[] {"上缴上级支出", "upper_remit"},
            new String[] {"事业收入", "business_income"},
            new String[] {"经营收入", "operating_income"},
            new String[] {"其他收入", "other_income"},
            new String[] {"基本支出", "basic"},
            new String[] {"项目支出", "project"},
            new String[] {"经营支出", "operating_expense"},
            new String[] {"本年收入", "income"},
            new String[] {"本年支出", GROUP},
            new String[] {"小计", "total"},
            new String[] {"合计", "total"});

    private SubjectColumnVocabulary() {
    }

    /** A header found in a text: its measure, the header as printed (whitespace removed) and where it starts. */
    public record Hit(String measure, String header, int position) {
    }

    /** Every known header in the text, in no particular order; overlapping shorter headers are not reported. */
    public static List<Hit> find(String text) {
        String s = squash(text);
        boolean[] used = new boolean[s.length()];
        List<Hit> hits = new ArrayList<>();
        for (String[] h : HEADERS) {
            int from = 0;
            int at;
            while ((at = s.indexOf(h[0], from)) >= 0) {
                boolean free = true;
                for (int i = at; i < at + h[0].length(); i++) {
                    free &= !used[i];
                }
                if (free) {
                    for (int i = at; i < at + h[0].length(); i++) {
                        used[i] = true;
                    }
                    hits.add(new Hit(h[1], h[0], at));
                }
                from = at + 1;
            }
        }
        return hits;
    }

    /**
     * The table's columns as measures, from all hits: one total column (本年…合计 before 小计 before 合计, and
     * 本年支出 only when nothing else is a total), the group header dropped when its sub-columns are there.
     */
    public static List<Hit> columns(List<Hit> hits) {
        Hit total = null;
        int rank = Integer.MAX_VALUE;
        for (Hit h : hits) {
            int r = totalRank(h);
            if (r < rank) {
                rank = r;
                total = h;
            }
        }
        List<Hit> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Hit h : hits) {
            if (h.measure().equals("total") || h.measure().equals(GROUP)) {
                continue;
            }
            if (seen.add(h.measure())) {
                out.add(h);
            }
        }
        if (total != null) {
            out.add(total.measure().equals(GROUP) ? new Hit("total", total.header(), total.position()) : total);
        }
        return out;
    }

    /** The group header (本年支出) among the hits when it stands over sub-columns, else null. */
    public static Hit group(List<Hit> hits) {
        boolean hasSubTotal = hits.stream().anyMatch(h -> h.header().equals("小计") || h.header().equals("合计"));
        return hits.stream().filter(h -> h.measure().equals(GROUP) && hasSubTotal).findFirst().orElse(null);
    }

    private static int totalRank(Hit h) {
        return switch (h.header()) {
            case "本年收入合计", "本年支出合计" -> 0;
            case "小计" -> 1;
            case "合计" -> 2;
            case "本年支出" -> 3;
            default -> Integer.MAX_VALUE;
        };
    }

    static String squash(String text) {
        return text.replaceAll("[\\s\u3000]", "");
    }
}
