package app.runway.team;

import java.time.LocalDate;
import java.util.List;

/**
 * The team page: who answers the assessment, who has not yet, and once the reader has submitted their own
 * answers where the team agrees and what to talk about. Never who gave which answer.
 *
 * @param owner         whether the reader owns the assessment (and may invite)
 * @param token         the assessment's private link, for the owner only; null for a co-founder
 * @param members       the owner first, then the co-founders in the order they joined
 * @param pending       invitations not accepted yet (owner only)
 * @param someoneMissing whether a member has not submitted answers: the scores use the answers that exist
 * @param comparison    where the team agrees; null until the reader submitted and a co-founder's answers count
 * @param misalignment  the guide's entry on a team that does not pull together
 */
record TeamView(String startupName, boolean owner, String token, List<MemberRow> members, List<PendingRow> pending,
        boolean someoneMissing, ComparisonView comparison, GuideLink misalignment) {

    /** A member: their name, whether they own the assessment, whether their answers count. */
    record MemberRow(String name, boolean owner, boolean answered, boolean you) {
    }

    record PendingRow(String email, LocalDate expiresOn) {
    }

    record GuideLink(String title, String url) {
    }

    /**
     * @param index   the readiness index from the team's answers, or null
     * @param band    the band's title, or null
     * @param counted how many members' answers count
     */
    record ComparisonView(Integer index, String band, int counted, List<DimensionRow> dimensions,
            List<TalkItem> toTalkAbout) {
    }

    /**
     * @param teamScore the dimension's score from the team's answers, or null
     * @param lowest    the lowest member's own score of the dimension, or null
     * @param highest   the highest, or null
     */
    record DimensionRow(String title, Integer teamScore, Integer lowest, Integer highest, int spread, int agreed,
            int disagreed) {
    }

    /**
     * A disagreement: the question, the lowest and highest answers given (not who gave them), and where the
     * guide speaks of it.
     */
    record TalkItem(String question, String dimension, String lowest, String highest, int lowScore, int highScore,
            int maxScore, int unknown, List<GuideLink> guide) {
    }
}
