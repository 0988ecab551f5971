package org.fiscalwarehouse.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.fiscalwarehouse.parse.DocumentIdentity;
import org.fiscalwarehouse.parse.ParsedDocument;
import org.fiscalwarehouse.parse.ParsedFacts;

/**
 * One document under reconciliation: its facts as the rules have left them so far (printed facts a repair replaced
 * are gone from this view, repaired and derived ones are in), and everything the rules recorded. The rules run one
 * after the other, so a check sees the repairs and derivations made before it.
 */
public final class Reconciliation {

    private final ParsedDocument document;
    private final Tolerance tolerance;
    private final Supplier<List<ReconciledDocument>> loaded;
    private final List<CheckResult> results = new ArrayList<>();
    private final List<Repair> repairs = new ArrayList<>();
    private final ParsedFacts added = ParsedFacts.empty();
    private final Set<Object> superseded = new HashSet<>();
    private final Map<Object, Object> replacedBy = new HashMap<>();
    private final Set<Object> replacing = new HashSet<>();
    private ParsedFacts current;

    Reconciliation(ParsedDocument document, Tolerance tolerance, Supplier<List<ReconciledDocument>> loaded) {
        this.document = document;
        this.tolerance = tolerance;
        this.loaded = loaded;
    }

    public ParsedDocument document() {
        return document;
    }

    public DocumentIdentity identity() {
        return document.identity();
    }

    /** The document's own fiscal year. */
    public int year() {
        return document.identity().fiscalYear();
    }

    public Tolerance tolerance() {
        return tolerance;
    }

    /** The other documents of the same unit loaded in this run, reconciled on their own (without this step). */
    public List<ReconciledDocument> loaded() {
        return loaded.get();
    }

    /** The facts as reconciled so far: a replacement stands where its printed fact stood, so order is kept. */
    public ParsedFacts facts() {
        if (current == null) {
            ParsedFacts all = ParsedFacts.empty().addAll(document.facts()).addAll(added);
            current = new ParsedFacts(effective(all.funcAmounts()), effective(all.econAmounts()),
                    effective(all.sangong()), effective(all.stats()), effective(all.projects()),
                    List.copyOf(all.indicators()), effective(all.fundingLines()), List.copyOf(all.issues()),
                    List.copyOf(all.taskFunding()));
        }
        return current;
    }

    private <T> List<T> effective(List<T> facts) {
        List<T> out = new ArrayList<>();
        for (T fact : facts) {
            if (replacing.contains(fact)) {
                continue; // it is put where the fact it replaces stands
            }
            T f = fact;
            while (replacedBy.containsKey(f)) {
                @SuppressWarnings("unchecked")
                T next = (T) replacedBy.get(f);
                f = next;
            }
            if (!superseded.contains(f)) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    /** A check's result (pass or fail). */
    public void record(CheckResult result) {
        results.add(result);
    }

    /**
     * A repair: the printed facts leave the view, the repaired ones (source REPAIRED) take their place (the n-th
     * repaired fact of a kind where the n-th printed one of that kind stood, when there are as many of each).
     */
    public void repair(CheckResult result, ParsedFacts printed, ParsedFacts repaired) {
        results.add(result);
        repairs.add(new Repair(result.checkCode(), result.subject(), printed.frozen(), repaired.frozen()));
        replace(printed.funcAmounts(), repaired.funcAmounts());
        replace(printed.econAmounts(), repaired.econAmounts());
        replace(printed.sangong(), repaired.sangong());
        replace(printed.stats(), repaired.stats());
        replace(printed.projects(), repaired.projects());
        replace(printed.fundingLines(), repaired.fundingLines());
        added.addAll(repaired);
        current = null;
    }

    private void replace(List<?> printed, List<?> repaired) {
        if (printed.size() == repaired.size()) {
            for (int i = 0; i < printed.size(); i++) {
                replacedBy.put(printed.get(i), repaired.get(i));
                replacing.add(repaired.get(i));
            }
        } else {
            superseded.addAll(printed);
        }
    }

    /** Facts computed from stated ones (source DERIVED), each with a provenance that says how. */
    public void derive(ParsedFacts derived) {
        added.addAll(derived);
        current = null;
    }

    List<CheckResult> results() {
        return results;
    }

    /** Every printed fact (also those replaced) with the repaired and derived ones, and what the rules found. */
    ReconciledDocument result() {
        ParsedFacts all = ParsedFacts.empty().addAll(document.facts()).addAll(added).frozen();
        return new ReconciledDocument(document, all, results, repairs);
    }
}
