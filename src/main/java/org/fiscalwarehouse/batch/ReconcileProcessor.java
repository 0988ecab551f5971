package org.fiscalwarehouse.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiscalwarehouse.parse.ParsedDocument;
import org.fiscalwarehouse.reconcile.ReconciledDocument;
import org.fiscalwarehouse.reconcile.Reconciler;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reconciles each document with every other document at hand: this run's and those the warehouse already holds,
 * so a figure derived from one year's stated change meets the figure another year's document states.
 */
class ReconcileProcessor implements ItemProcessor<ParsedDocument, ReconciledDocument> {

    private final Reconciler reconciler;
    private final List<ParsedDocument> others;

    ReconcileProcessor(Reconciler reconciler, List<ParsedDocument> thisRun, DocumentStore earlierRuns) {
        this.reconciler = reconciler;
        Map<String, ParsedDocument> byId = new LinkedHashMap<>();
        earlierRuns.all().forEach(d -> byId.put(d.document().docId(), d.document()));
        thisRun.forEach(d -> byId.put(d.docId(), d));
        this.others = new ArrayList<>(byId.values());
    }

    @Override
    public ReconciledDocument process(ParsedDocument document) {
        return reconciler.reconcile(document, others);
    }
}
