package org.annals.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups articles about the same story, across languages, by what they are about rather than their words:
 * two articles are linked when both confirm the same merged event, or when they were published within a few
 * days of each other and share enough resolved entities (KB ids are the same in every language). Stories are
 * the connected groups of linked articles.
 *
 * <p>Entity overlap is the cosine of the articles' entity sets weighted by inverse document frequency, so
 * that sharing a rarely named minister says more than sharing a country every article mentions; at least
 * {@link #minSharedEntities} entities must be shared. Entities named by a large share of the corpus are not
 * used to find candidate pairs (they still weigh in the similarity), which keeps the work near linear.
 * Articles without a publication date are linked only through shared events.
 */
public final class StoryClusterer {

    /** Days between publications within which entity overlap may link two articles. */
    public static final int DEFAULT_WINDOW_DAYS = 3;
    public static final int DEFAULT_MIN_SHARED_ENTITIES = 2;
    public static final double DEFAULT_MIN_SIMILARITY = 0.5;
    /** How many entities a story lists. */
    private static final int TOP_ENTITIES = 5;
    /** An entity named in more than this share of the articles does not propose candidate pairs. */
    private static final double COMMON_ENTITY_SHARE = 0.05;
    private static final int COMMON_ENTITY_MIN_ARTICLES = 50;

    private final int windowDays;
    private final int minSharedEntities;
    private final double minSimilarity;

    public StoryClusterer() {
        this(DEFAULT_WINDOW_DAYS, DEFAULT_MIN_SHARED_ENTITIES, DEFAULT_MIN_SIMILARITY);
    }

    public StoryClusterer(int windowDays, int minSharedEntities, double minSimilarity) {
        this.windowDays = windowDays;
        this.minSharedEntities = minSharedEntities;
        this.minSimilarity = minSimilarity;
    }

    /** The stories of these articles (every article in exactly one), earliest first. */
    public List<Story> cluster(List<StoryArticle> articles) {
        int n = articles.size();
        Groups groups = new Groups(n);
        linkByEvents(articles, groups);
        linkByEntities(articles, groups);
        Map<Integer, List<StoryArticle>> members = new HashMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(articles.get(i));
        }
        List<Story> stories = new ArrayList<>();
        for (List<StoryArticle> group : members.values()) {
            stories.add(story(group));
        }
        stories.sort(Comparator.comparing(Story::firstPublished, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> s.articleIds().get(0)));
        return stories;
    }

    private void linkByEvents(List<StoryArticle> articles, Groups groups) {
        Map<Long, Integer> firstWith = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            for (Long event : articles.get(i).events()) {
                Integer other = firstWith.putIfAbsent(event, i);
                if (other != null) {
                    groups.union(other, i);
                }
            }
        }
    }

    private void linkByEntities(List<StoryArticle> articles, Groups groups) {
        int n = articles.size();
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (articles.get(i).published() != null) {
                for (String entity : articles.get(i).entities().keySet()) {
                    postings.computeIfAbsent(entity, k -> new ArrayList<>()).add(i);
                }
            }
        }
        Map<String, Double> weight = new HashMap<>();
        postings.forEach((entity, list) -> weight.put(entity, Math.log(1.0 + (double) n / list.size())));
        int common = Math.max(COMMON_ENTITY_MIN_ARTICLES, (int) (COMMON_ENTITY_SHARE * n));
        double[] norm = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (String entity : articles.get(i).entities().keySet()) {
                double w = weight.getOrDefault(entity, 0.0);
                sum += w * w;
            }
            norm[i] = Math.sqrt(sum);
        }
        for (int i = 0; i < n; i++) {
            StoryArticle a = articles.get(i);
            if (a.published() == null) {
                continue;
            }
            Set<Integer> candidates = new HashSet<>();
            for (String entity : a.entities().keySet()) {
                List<Integer> list = postings.get(entity);
                if (list.size() <= common) {
                    for (int j : list) {
                        if (j > i) {
                            candidates.add(j);
                        }
                    }
                }
            }
            for (int j : candidates) {
                StoryArticle b = articles.get(j);
                if (Math.abs(ChronoUnit.DAYS.between(a.published(), b.published())) > windowDays) {
                    continue;
                }
                int shared = 0;
                double dot = 0;
                for (String entity : a.entities().keySet()) {
                    if (b.entities().containsKey(entity)) {
                        shared++;
                        double w = weight.get(entity);
                        dot += w * w;
                    }
                }
                if (shared >= minSharedEntities && dot / (norm[i] * norm[j]) >= minSimilarity) {
                    groups.union(i, j);
                }
            }
        }
    }

    private static Story story(List<StoryArticle> group) {
        group.sort(Comparator.comparing(StoryArticle::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(StoryArticle::id));
        LocalDate first = null;
        LocalDate last = null;
        Set<String> languages = new TreeSet<>();
        Set<String> outlets = new HashSet<>();
        Set<Long> events = new HashSet<>();
        Map<String, Integer> entityArticles = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        String title = null;
        for (StoryArticle a : group) {
            if (a.published() != null) {
                first = first == null || a.published().isBefore(first) ? a.published() : first;
                last = last == null || a.published().isAfter(last) ? a.published() : last;
            }
            if (a.lang() != null) {
                languages.add(a.lang());
            }
            outlets.add(a.outlet());
            events.addAll(a.events());
            a.entities().forEach((id, name) -> {
                entityArticles.merge(id, 1, Integer::sum);
                names.putIfAbsent(id, name == null ? id : name);
            });
            if (title == null && a.title() != null && !a.title().isBlank()) {
                title = a.title();
            }
        }
        List<String> top = entityArticles.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(e -> names.get(e.getKey())))
                .limit(TOP_ENTITIES)
                .map(e -> names.get(e.getKey()) + " (" + e.getValue() + ")")
                .toList();
        return new Story(group.stream().map(StoryArticle::id).toList(), first, last, String.join(",", languages),
                outlets.size(), events.size(), top, title);
    }

    /** Union-find over article indices. */
    private static final class Groups {
        private final int[] parent;

        Groups(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }
}
