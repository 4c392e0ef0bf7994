package app.runway.guide.load;

/**
 * Valid chapter files that the validation tests break one line at a time (with {@code String.replace}), so
 * that each test shows only what it changes. The line numbers the tests expect are given below.
 */
final class TestChapters {

    /**
     * {@code en/01-risks.md}: a risk (heading line 7, box line 9, severity line 14, body line 17), a strategy
     * (heading 19, box 21, mitigates 25) and a case (heading 30, box 32, id 33, country 36, founded 37).
     */
    static final String EN_RISKS = """
            ---
            id: risks
            order: 1
            title: Risks
            ---

            ## Compute cost

            ```entry
            id: compute-cost
            kind: risk
            summary: Expensive hardware.
            category: technical
            severity: high
            ```

            Compute body.

            ## Cloud credits

            ```entry
            id: cloud-credits
            kind: strategy
            summary: Use provider credits.
            mitigates: [compute-cost]
            ```

            Credits body.

            ## Acme AI

            ```entry
            id: acme
            kind: case
            summary: A startup.
            country: us
            founded: 2015
            strategies: [cloud-credits]
            ```

            Acme body.
            """;

    /** {@code zh/01-risks.md}: the risk (heading 7, box 9, summary 12), the strategy (heading 17) and the case (heading 27). */
    static final String ZH_RISKS = """
            ---
            id: risks
            order: 1
            title: 风险
            ---

            ## 算力成本

            ```entry
            id: compute-cost
            kind: risk
            summary: 硬件昂贵。
            ```

            正文。

            ## 云额度

            ```entry
            id: cloud-credits
            kind: strategy
            summary: 用云额度。
            ```

            正文。

            ## Acme 人工智能

            ```entry
            id: acme
            kind: case
            summary: 一家创业公司。
            ```

            正文。
            """;

    /** {@code en/02-notes.md}: a typed chapter without entries; id on line 2, text on line 7. */
    static final String EN_NOTES = """
            ---
            id: notes
            order: 2
            title: Notes
            ---

            Some notes.
            """;

    /** {@code zh/02-notes.md}. */
    static final String ZH_NOTES = """
            ---
            id: notes
            order: 2
            title: 笔记
            ---

            一些笔记。
            """;

    private TestChapters() {
    }

    /** The valid risks chapter in both languages. */
    static GuideFiles risks() {
        return GuideFiles.guide().en("01-risks.md", EN_RISKS).zh("01-risks.md", ZH_RISKS);
    }
}
