package io.claimdesk.core.extraction;

import java.util.List;

/**
 * Hashes a sentence's lower-cased words into 32-bit term codes: every word and every pair of neighbours (with a start
 * marker), tokens holding a digit folded into one "0" token. The codes are stable across JVMs ({@link String#hashCode}
 * is specified), so a weights file indexed by them stays valid; the scorer keeps their top bits as the bucket.
 */
public final class LexicalTerms {

    private static final int UNIGRAM_SEED = 0x2545F491;
    private static final int BIGRAM_SEED = 0x9E3779B1;
    private static final int START = "<s>".hashCode();
    private static final int DIGITS = "0".hashCode();

    private LexicalTerms() {
    }

    /** The term codes of the words, in order: unigrams and bigrams interleaved. */
    public static int[] hash(List<String> words) {
        int[] terms = new int[words.size() * 2];
        int previous = START;
        for (int i = 0; i < words.size(); i++) {
            int word = wordCode(words.get(i));
            terms[2 * i] = mix(word * UNIGRAM_SEED);
            terms[2 * i + 1] = mix(previous * BIGRAM_SEED + word);
            previous = word;
        }
        return terms;
    }

    /** The bucket of a term in a table of {@code 2^bits} weights. */
    public static int bucket(int term, int bits) {
        return term >>> (32 - bits);
    }

    private static int wordCode(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return DIGITS;
            }
        }
        return word.hashCode();
    }

    // MurmurHash3's finaliser: spreads every input bit over the top bits used as the bucket.
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
