package io.claimdesk.core.extraction.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import io.claimdesk.core.extraction.Segment;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;

/**
 * The one adapter to Stanford CoreNLP: parses French and English articles into {@link ParsedText} (words, universal
 * parts of speech, lemmas in English, named entities and basic Universal Dependencies trees), with the article's
 * sentence boundaries given by the caller.
 *
 * <p>
 * Each language's models load once per instance, on first use or through {@link #load(String)} (French about 0.5 GB of
 * heap, English about 0.5 GB; 10-20 s each). Parsing is thread-safe: CoreNLP's annotators may
 * be shared by threads.
 */
public final class CoreNlpParser {

    /** The languages this parser has models for. */
    public static final Set<String> LANGUAGES = Set.of("fr", "en");

    private static final String MODELS = "edu/stanford/nlp/models/";

    static {
        // CoreNLP logs through its own Redwood handlers to stderr by default; send it to the application's logging.
        RedwoodConfiguration.current().clear().handlers(RedwoodConfiguration.Handlers.output).apply();
        RedwoodConfiguration.slf4j().apply();
    }

    private final Map<String, LazyPipelines> pipelines = Map.of("fr", new LazyPipelines("fr"), "en",
            new LazyPipelines("en"));

    /** True when this language has models. */
    public boolean supports(String language) {
        return LANGUAGES.contains(language);
    }

    /** True once this language's models are in memory. */
    public boolean isLoaded(String language) {
        return supports(language) && pipelines.get(language).isLoaded();
    }

    /** Loads this language's models now, if not yet done; blocks while another thread loads them. */
    public void load(String language) {
        pipelines(language);
    }

    /**
     * Parses the article: each segment becomes one sentence, in the given order.
     *
     * @throws IllegalArgumentException
     *             for a language without models (see {@link #supports(String)})
     */
    public ParsedText parse(String text, List<Segment> segments, String language) {
        Pipelines models = pipelines(language);
        Annotation document = new Annotation(text);
        models.tokenizer().annotate(document);
        List<CoreMap> sentences = sentences(text, document.get(CoreAnnotations.TokensAnnotation.class), segments);
        document.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        models.analysis().annotate(document);
        List<ParsedSentence> parsed = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            parsed.add(parsedSentence(text, s, sentences.get(s), segments.get(s).heading(), language));
        }
        return new ParsedText(language, text, parsed);
    }

    private Pipelines pipelines(String language) {
        if (!supports(language)) {
            throw new IllegalArgumentException("no parsing models for language '" + language + "'");
        }
        return pipelines.get(language).get();
    }

    private record Pipelines(StanfordCoreNLP tokenizer, StanfordCoreNLP analysis) {
    }

    /** One language's pipelines, loaded by the first caller while the others wait (each language on its own). */
    private static final class LazyPipelines {

        private final String language;
        private volatile Pipelines loaded;

        LazyPipelines(String language) {
            this.language = language;
        }

        boolean isLoaded() {
            return loaded != null;
        }

        Pipelines get() {
            Pipelines current = loaded;
            if (current == null) {
                synchronized (this) {
                    current = loaded;
                    if (current == null) {
                        current = loadPipelines(language);
                        loaded = current;
                    }
                }
            }
            return current;
        }
    }

    private static Pipelines loadPipelines(String language) {
        Properties tokenize = new Properties();
        tokenize.setProperty("annotators", "tokenize");
        tokenize.setProperty("tokenize.language", language);
        Properties analysis = new Properties();
        if (language.equals("fr")) {
            analysis.setProperty("annotators", "mwt,pos,ner,depparse");
            analysis.setProperty("mwt.mappingFile", MODELS + "mwt/french/french-mwt.tsv");
            analysis.setProperty("mwt.pos.model", MODELS + "mwt/french/french-mwt.tagger");
            analysis.setProperty("mwt.statisticalMappingFile", MODELS + "mwt/french/french-mwt-statistical.tsv");
            analysis.setProperty("mwt.preserveCasing", "false");
            analysis.setProperty("pos.model", MODELS + "pos-tagger/french-ud.tagger");
            analysis.setProperty("ner.model", MODELS + "ner/french-wikiner-4class.crf.ser.gz");
            analysis.setProperty("depparse.model", MODELS + "parser/nndep/UD_French.gz");
            analysis.setProperty("depparse.language", "french");
        } else {
            // No coreference: CoreNLP's statistical model took three times as long as parsing (docs/extraction.md).
            analysis.setProperty("annotators", "pos,lemma,ner,depparse");
            analysis.setProperty("pos.model", MODELS + "pos-tagger/english-left3words-distsim.tagger");
            analysis.setProperty("ner.model", MODELS + "ner/english.all.3class.distsim.crf.ser.gz");
            analysis.setProperty("depparse.model", MODELS + "parser/nndep/english_UD.gz");
        }
        analysis.setProperty("ner.applyFineGrained", "false");
        analysis.setProperty("ner.applyNumericClassifiers", "false");
        analysis.setProperty("ner.useSUTime", "false");
        // Entity mentions only serve coreference, which is not run.
        analysis.setProperty("ner.buildEntityMentions", "false");
        analysis.setProperty("tokenize.language", language);
        // Tokens and sentences come from the first pipeline and the caller's segments.
        return new Pipelines(new StanfordCoreNLP(tokenize), new StanfordCoreNLP(analysis, false));
    }

    private static List<CoreMap> sentences(String text, List<CoreLabel> tokens, List<Segment> segments) {
        List<CoreMap> sentences = new ArrayList<>();
        int next = 0;
        for (int s = 0; s < segments.size(); s++) {
            Segment segment = segments.get(s);
            while (next < tokens.size() && tokens.get(next).beginPosition() < segment.start()) {
                next++; // a token before the segment (only whitespace separates segments): never expected
            }
            int first = next;
            while (next < tokens.size() && tokens.get(next).beginPosition() < segment.end()) {
                next++;
            }
            List<CoreLabel> sentenceTokens = new ArrayList<>(tokens.subList(first, next));
            Annotation sentence = new Annotation(segment.textIn(text));
            sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, segment.start());
            sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, segment.end());
            sentence.set(CoreAnnotations.TokensAnnotation.class, sentenceTokens);
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, s);
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, first);
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, next);
            for (int i = 0; i < sentenceTokens.size(); i++) {
                sentenceTokens.get(i).setIndex(i + 1);
                sentenceTokens.get(i).setSentIndex(s);
            }
            sentences.add(sentence);
        }
        return sentences;
    }

    private static ParsedSentence parsedSentence(String text, int index, CoreMap sentence, boolean heading,
            String language) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        List<Word> words = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            int head = -1;
            String relation = "root";
            IndexedWord node = graph == null ? null : graph.getNodeByIndexSafe(i + 1);
            if (node != null && !graph.getRoots().contains(node)) {
                for (SemanticGraphEdge edge : graph.incomingEdgeIterable(node)) {
                    head = edge.getGovernor().index() - 1;
                    relation = edge.getRelation().toString();
                }
            }
            String tag = token.tag() == null ? "X" : token.tag();
            String pos = language.equals("en") ? UniversalTags.fromPennTreebank(tag, relation) : tag;
            String lemma = token.lemma() == null ? token.word() : token.lemma();
            words.add(new Word(i, token.word(), lemma.toLowerCase(Locale.ROOT), pos, tag, entity(token.ner()), head,
                    relation, token.beginPosition(), token.endPosition()));
        }
        return new ParsedSentence(index, text, sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), heading, words);
    }

    // French models answer I-PER, I-LOC, I-ORG, I-MISC; English ones PERSON, LOCATION, ORGANIZATION.
    private static String entity(String ner) {
        if (ner == null || ner.equals("O")) {
            return "O";
        }
        String label = ner.startsWith("I-") || ner.startsWith("B-") ? ner.substring(2) : ner;
        return switch (label) {
            case "PER", "PERSON" -> "PERSON";
            case "LOC", "LOCATION" -> "LOCATION";
            case "ORG", "ORGANIZATION" -> "ORGANIZATION";
            default -> "MISC";
        };
    }
}
