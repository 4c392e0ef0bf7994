package app.runway.review;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.runway.assessment.ReviewState;
import app.runway.guide.GuideSnapshots;
import app.runway.guide.model.EntryKind;
import app.runway.programme.ProgrammeChoice;
import app.runway.programme.Programmes;
import app.runway.questionnaire.Stage;
import app.runway.system.Languages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** The mentors' queue of submitted assessments. A GET form, so that every view of it is a link. */
@Controller
class ReviewQueueController {

    private final ReviewQueue queue;
    private final GuideSnapshots guide;
    private final Programmes programmes;

    ReviewQueueController(ReviewQueue queue, GuideSnapshots guide, Programmes programmes) {
        this.queue = queue;
        this.guide = guide;
        this.programmes = programmes;
    }

    /** The queue as shown: rows with the industry's title, and the pager's links. */
    record QueueView(List<Row> rows, int page, int pages, long total, String previous, String next) {
    }

    /** @param programme the programme's name, or null for the open pool */
    record Row(ReviewQueue.Item item, String industry, String programme) {
    }

    @GetMapping("/mentor")
    String queue(@ModelAttribute("filter") QueueFilter filter, BindingResult errors, Model model) {
        QueueFilter.Criteria criteria = filter.check(errors);
        if (!programmes.isKnownFilter(filter.getProgramme())) {
            filter.setProgramme(null);
        }
        List<ProgrammeChoice> choices = programmes.choices();
        Map<Long, String> names = new LinkedHashMap<>();
        choices.forEach(choice -> names.put(choice.id(), choice.name()));
        ReviewQueue.Result result = queue.find(criteria, programmes.visibleTo(filter.getProgramme()));
        Map<String, String> industries = new LinkedHashMap<>();
        guide.current().cardsOfKind(EntryKind.INDUSTRY, Languages.current())
                .forEach(card -> industries.put(card.id(), card.title()));
        List<Row> rows = result.items().stream()
                .map(item -> new Row(item, industries.getOrDefault(item.industry(), item.industry()),
                        item.programmeId() == null ? null : names.get(item.programmeId())))
                .toList();
        model.addAttribute("queue", new QueueView(rows, result.page(), result.pages(), result.total(),
                result.page() > 1 ? link(filter, result.page() - 1) : null,
                result.page() < result.pages() ? link(filter, result.page() + 1) : null));
        model.addAttribute("industries", industries);
        model.addAttribute("programmes", choices);
        model.addAttribute("stages", Arrays.stream(Stage.values()).map(Stage::id).toList());
        model.addAttribute("states", List.of(QueueFilter.OPEN, ReviewState.SUBMITTED.name(),
                ReviewState.IN_REVIEW.name(), ReviewState.REVIEWED.name(), QueueFilter.ALL));
        model.addAttribute("sorts", Arrays.stream(QueueSort.values()).map(QueueSort::param).toList());
        return "review/queue";
    }

    /** The same filters and order on another page. */
    static String link(QueueFilter filter, int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/mentor");
        Map<String, String> params = new LinkedHashMap<>();
        params.put("programme", filter.getProgramme());
        params.put("state", filter.getState());
        params.put("stage", filter.getStage());
        params.put("industry", filter.getIndustry());
        params.put("min", filter.getMin());
        params.put("max", filter.getMax());
        params.put("from", filter.getFrom());
        params.put("to", filter.getTo());
        params.put("sort", filter.getSort());
        params.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                link.queryParam(name, value);
            }
        });
        return link.queryParam("page", page).build().encode().toUriString();
    }
}
