package app.runway.guide.load;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The checks that need the whole guide: ids unique, every chapter and entry present in every
 * language, and every link pointing at an id that exists and has the right kind.
 */
final class GuideValidator {

    private record Place(String path, int line) {
        @Override
        public String toString() {
            return path + ":" + line;
        }
    }

    private record Located(ParsedEntry entry, ParsedChapter chapter) {
    }

    private final List<String> languages;
    private final String referenceLanguage;

    GuideValidator(List<String> languages) {
        this.languages = languages;
        this.referenceLanguage = languages.get(0);
    }

    void validate(List<ParsedChapter> chapters, Problems problems) {
        Map<String, Map<String, Place>> idsByLanguage = new HashMap<>();
        Map<String, Map<String, Located>> entriesByLanguage = new HashMap<>();
        Map<String, Map<String, ParsedChapter>> chaptersByLanguage = new HashMap<>();
        for (String lang : languages) {
            idsByLanguage.put(lang, new HashMap<>());
            entriesByLanguage.put(lang, new LinkedHashMap<>());
            chaptersByLanguage.put(lang, new LinkedHashMap<>());
        }
        for (ParsedChapter chapter : chapters) {
            if (chapter.id == null) {
                continue;
            }
            Map<String, Place> ids = idsByLanguage.get(chapter.lang());
            claim(ids, chapter.id, new Place(chapter.path(), chapter.idLine), problems);
            chaptersByLanguage.get(chapter.lang()).putIfAbsent(chapter.id, chapter);
            for (ParsedEntry entry : chapter.entries) {
                claim(ids, entry.id(), new Place(chapter.path(), entry.line()), problems);
                entriesByLanguage.get(chapter.lang()).putIfAbsent(entry.id(), new Located(entry, chapter));
            }
        }
        Map<String, ParsedChapter> referenceChapters = chaptersByLanguage.get(referenceLanguage);
        Map<String, Located> referenceEntries = entriesByLanguage.get(referenceLanguage);
        for (String lang : languages.subList(1, languages.size())) {
            compareChapters(referenceChapters, chaptersByLanguage.get(lang), lang, problems);
            compareEntries(referenceEntries, entriesByLanguage.get(lang), lang, problems);
        }
        checkRelations(referenceEntries, problems);
        for (ParsedChapter chapter : chapters) {
            Map<String, Place> known = idsByLanguage.get(chapter.lang());
            Map<String, Place> reference = idsByLanguage.get(referenceLanguage);
            for (ParsedChapter.LinkUse link : chapter.links) {
                if (!known.containsKey(link.targetId()) && !reference.containsKey(link.targetId())) {
                    problems.add(chapter.path(), link.line(), "link to unknown id '@" + link.targetId() + "'");
                }
            }
        }
    }

    private static void claim(Map<String, Place> ids, String id, Place place, Problems problems) {
        Place first = ids.putIfAbsent(id, place);
        if (first != null) {
            problems.add(place.path(), place.line(), "duplicate id '" + id + "' (first used at " + first + ")");
        }
    }

    private void compareChapters(Map<String, ParsedChapter> reference, Map<String, ParsedChapter> other, String lang,
            Problems problems) {
        reference.values().stream().filter(c -> !c.plain && !other.containsKey(c.id)).forEach(c ->
                problems.add(c.path(), c.idLine, "chapter '" + c.id + "' has no " + lang + " version"));
        other.values().stream().filter(c -> !c.plain).forEach(c -> {
            ParsedChapter ref = reference.get(c.id);
            if (ref == null) {
                problems.add(c.path(), c.idLine, "chapter '" + c.id + "' has no " + referenceLanguage + " version");
            } else if (ref.order != null && c.order != null && !ref.order.equals(c.order)) {
                problems.add(c.path(), c.idLine, "chapter '" + c.id + "' has order " + c.order + " here but "
                        + ref.order + " in " + ref.path());
            }
        });
    }

    private void compareEntries(Map<String, Located> reference, Map<String, Located> other, String lang,
            Problems problems) {
        reference.forEach((id, ref) -> {
            if (!other.containsKey(id)) {
                problems.add(ref.chapter().path(), ref.entry().line(), "entry '" + id + "' has no " + lang + " version");
            }
        });
        other.forEach((id, located) -> {
            Located ref = reference.get(id);
            String path = located.chapter().path();
            int line = located.entry().line();
            if (ref == null) {
                problems.add(path, line, "entry '" + id + "' has no " + referenceLanguage + " version");
            } else if (ref.entry().kind() != located.entry().kind()) {
                problems.add(path, line, "entry '" + id + "' is a " + located.entry().kind().code() + " here but a "
                        + ref.entry().kind().code() + " in " + ref.chapter().path());
            } else if (!Objects.equals(ref.chapter().id, located.chapter().id)) {
                problems.add(path, line, "entry '" + id + "' is in chapter '" + located.chapter().id + "' here but in '"
                        + ref.chapter().id + "' in " + ref.chapter().path());
            }
        });
    }

    private static void checkRelations(Map<String, Located> entries, Problems problems) {
        entries.values().forEach(located -> located.entry().links.forEach((relation, targets) -> {
            for (ParsedEntry.Target target : targets) {
                Located found = entries.get(target.id());
                String path = located.chapter().path();
                if (found == null) {
                    problems.add(path, target.line(), "'" + relation.key() + "' names unknown id '" + target.id() + "'");
                } else if (relation.targetKind() != null && found.entry().kind() != relation.targetKind()) {
                    problems.add(path, target.line(), "'" + relation.key() + "' must name " + relation.targetKind().code()
                            + " entries, but '" + target.id() + "' is a " + found.entry().kind().code());
                } else if (target.id().equals(located.entry().id())) {
                    problems.add(path, target.line(), "'" + relation.key() + "' links the entry to itself");
                }
            }
        }));
    }
}
