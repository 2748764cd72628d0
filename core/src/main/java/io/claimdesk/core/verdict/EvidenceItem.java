package io.claimdesk.core.verdict;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One piece of evidence behind a verdict: where it is, what it says, and what the reviewer makes of it. */
@Embeddable
public class EvidenceItem {

    @Column(nullable = false)
    public String url;

    /** The passage of the source that matters, quoted. */
    public String quote;

    /** The reviewer's note on the source. */
    public String note;

    public EvidenceItem() {
    }

    public EvidenceItem(String url, String quote, String note) {
        this.url = url;
        this.quote = quote;
        this.note = note;
    }

    public EvidenceItem copy() {
        return new EvidenceItem(url, quote, note);
    }
}
