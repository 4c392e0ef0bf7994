package app.runway.guide.load;

/**
 * A small valid guide in both languages that uses every relation: three typed chapters whose file
 * names do not follow their order (risks 1, strategies 2, cases 3), with risks, strategies, a pitfall,
 * an industry and a case.
 */
final class SampleGuide {

    static final String EN_RISKS = """
            ---
            id: risks
            order: 1
            title: Risks
            summary: What can sink a startup.
            ---

            Start with [heavy compute cost](@compute-cost), then read the [strategies](@strategies).

            ## How to read this chapter

            Each risk has *signs* to watch:

            - a first sign
            - a second sign

            ## Heavy compute cost

            ```entry
            id: compute-cost
            kind: risk
            summary: Training and serving models needs expensive hardware.
            category: technical
            severity: high
            related: [uncertain-demand]
            ```

            Compute bills grow fast. See [cloud credits](@cloud-credits).

            ### Warning signs

            The bill doubles every month.

            ## Uncertain demand

            ```entry
            id: uncertain-demand
            kind: risk
            summary: Nobody may pay for the product.
            category: market
            severity: medium
            ```

            Talk to customers first.
            """;

    static final String ZH_RISKS = """
            ---
            id: risks
            order: 1
            title: 风险
            summary: 什么会让创业公司失败。
            ---

            先读[算力成本](@compute-cost)，再读[策略](@strategies)。

            ## 如何阅读本章

            每个风险都有*信号*：

            - 第一个信号
            - 第二个信号

            ## 高昂的算力成本

            ```entry
            id: compute-cost
            kind: risk
            summary: 训练和部署模型需要昂贵的硬件。
            ```

            算力账单增长很快。参见[云额度](@cloud-credits)。

            ### 预警信号

            账单每月翻倍。

            ## 需求不确定

            ```entry
            id: uncertain-demand
            kind: risk
            summary: 可能没有人为产品付费。
            ```

            先和客户谈。
            """;

    static final String EN_STRATEGIES = """
            ---
            id: strategies
            order: 2
            title: Strategies
            ---

            ## Cloud credits

            ```entry
            id: cloud-credits
            kind: strategy
            summary: Use provider credits to start.
            mitigates: [compute-cost]
            ```

            Apply early.

            ## Market research

            ```entry
            id: market-research
            kind: strategy
            summary: Check demand before building.
            mitigates:
              - uncertain-demand
            related: cloud-credits
            ```

            Interview twenty customers.

            ## Depending on technology alone

            ```entry
            id: technology-dependence
            kind: pitfall
            summary: Betting everything on the model.
            avoided-by: [market-research]
            risks: [uncertain-demand]
            ```

            A strong model is not a business.
            """;

    static final String ZH_STRATEGIES = """
            ---
            id: strategies
            order: 2
            title: 策略
            ---

            ## 云额度

            ```entry
            id: cloud-credits
            kind: strategy
            summary: 用云厂商的额度起步。
            ```

            尽早申请。

            ## 市场调研

            ```entry
            id: market-research
            kind: strategy
            summary: 先确认需求再开发。
            ```

            访谈二十个客户。

            ## 只依赖技术

            ```entry
            id: technology-dependence
            kind: pitfall
            summary: 把一切押在模型上。
            ```

            模型强并不等于生意成立。
            """;

    static final String EN_CASES = """
            ---
            id: cases
            order: 3
            title: Case studies
            summary: Companies that did it.
            ---

            ## Healthcare

            ```entry
            id: healthcare
            kind: industry
            summary: Hospitals and clinics.
            ```

            Regulated and slow.

            ## Acme AI

            ```entry
            id: acme
            kind: case
            summary: A startup that found its market.
            country: us
            founded: 2015
            industries: [healthcare]
            strategies: [cloud-credits, market-research]
            risks: [compute-cost]
            success-factors:
              - Started from customer interviews
              - Kept compute costs low
            lessons: [Check demand first]
            ```

            Acme read the [risks chapter](@risks) and followed [market research](@market-research).
            """;

    static final String ZH_CASES = """
            ---
            id: cases
            order: 3
            title: 案例
            summary: 成功的公司。
            ---

            ## 医疗

            ```entry
            id: healthcare
            kind: industry
            summary: 医院和诊所。
            ```

            监管严格，节奏慢。

            ## Acme 人工智能

            ```entry
            id: acme
            kind: case
            summary: 一家找到市场的创业公司。
            success-factors: [从客户访谈出发, 控制算力成本]
            lessons:
              - 先确认需求
            ```

            Acme 读了[风险一章](@risks)。
            """;

    private SampleGuide() {
    }

    /** The whole sample guide; the file names sort a, b, c while the chapter order is risks, strategies, cases. */
    static GuideFiles files() {
        return GuideFiles.guide()
                .en("a-risks.md", EN_RISKS).zh("a-risks.md", ZH_RISKS)
                .en("b-cases.md", EN_CASES).zh("b-cases.md", ZH_CASES)
                .en("c-strategies.md", EN_STRATEGIES).zh("c-strategies.md", ZH_STRATEGIES);
    }
}
