package org.fiscalwarehouse.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fiscalwarehouse.extract.ExtractionException;
import org.fiscalwarehouse.extract.Line;
import org.fiscalwarehouse.extract.Page;
import org.fiscalwarehouse.extract.PdfDocumentReader;
import org.fiscalwarehouse.parse.TableRegion.PageLine;

/**
 * Test fixture: cuts a sample document (text form or PDF) into PERF regions at the performance table titles, the way
 * the TableLocator does, so the parser can be tested on its own. Simple title matching is enough here.
 */
final class PerformanceRegions {

    private static final Pattern ORDINAL = Pattern.compile("^(附件)?([一二三四五六七八九十]+、|\\d+[.、．])");
    private static final Pattern PART_OR_REPORT = Pattern.compile("^第[一二三四五六七八九十]+部分.*|.*报告》?$");
    private static final int MAX_TITLE = 40;
    private static final Map<String, List<Page>> PDF_CACHE = new ConcurrentHashMap<>();

    /** Sample PDF folder per corpus document. */
    private static final Map<String, String[]> PDFS = Map.of(
            CorpusDocuments.FUZHOU, new String[] {"fuzhou-hsa", "2023年度单位决算"},
            CorpusDocuments.FUND_CENTRE_2023, new String[] {"fujian-fund-centre", "2023年度单位决算"},
            CorpusDocuments.XIAMEN, new String[] {"xiamen-hsa", "2023年度部门决算"},
            CorpusDocuments.FUND_CENTRE_BUDGET, new String[] {"fujian-fund-centre", "2025年度单位预算"},
            CorpusDocuments.QUANZHOU, new String[] {"quanzhou-hsa", "2024年度部门决算"});

    private PerformanceRegions() {
    }

    static List<TableRegion> fromText(String name) {
        return cut(CorpusDocuments.load(name).pages());
    }

    static List<TableRegion> fromPdf(String name) {
        return cut(pdfPages(name));
    }

    static List<Page> pdfPages(String name) {
        return PDF_CACHE.computeIfAbsent(name, PerformanceRegions::readPdf);
    }

    private static List<Page> readPdf(String name) {
        String[] where = PDFS.get(name);
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/sample", where[0]))) {
            Path pdf = files.filter(p -> p.getFileName().toString().endsWith(where[1] + ".pdf")).findFirst()
                    .orElseThrow();
            return new PdfDocumentReader().read(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ExtractionException e) {
            throw new AssertionError(e);
        }
    }

    static List<TableRegion> cut(List<Page> pages) {
        List<TableRegion> regions = new ArrayList<>();
        String title = null;
        int titlePage = 0;
        List<PageLine> body = new ArrayList<>();
        for (Page page : pages) {
            for (Line line : page.lines()) {
                if (line.isBlank()) {
                    continue;
                }
                String text = line.text().replaceAll("[\\s\u3000《》]", "");
                boolean isTitle = isTitle(text);
                if (isTitle || PART_OR_REPORT.matcher(text).matches()) {
                    if (title != null && !body.isEmpty()) {
                        regions.add(new TableRegion("PERF", title, titlePage, body));
                    }
                    title = isTitle ? line.text().strip() : null;
                    titlePage = page.number();
                    body = new ArrayList<>();
                } else if (title != null) {
                    body.add(new PageLine(page.number(), line));
                }
            }
        }
        if (title != null && !body.isEmpty()) {
            regions.add(new TableRegion("PERF", title, titlePage, body));
        }
        return regions;
    }

    private static boolean isTitle(String compact) {
        String t = ORDINAL.matcher(compact).replaceFirst("");
        return t.length() <= MAX_TITLE && t.endsWith("表") && (t.contains("绩效自评") || t.contains("绩效目标表"));
    }

    static ParsedFacts parse(List<TableRegion> regions, DocumentIdentity identity) {
        PerformanceTableParser parser = new PerformanceTableParser();
        ParsedFacts facts = ParsedFacts.empty();
        regions.forEach(r -> facts.addAll(parser.parse(r, identity)));
        return facts.frozen();
    }
}
