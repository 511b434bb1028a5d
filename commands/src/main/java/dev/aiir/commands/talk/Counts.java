package dev.aiir.commands.talk;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The counts a sentence gives of who or what an incident touched: a number followed, within a few
 * words, by people or the things they do ("~3,100 conversations", "61% of enterprise requests", "1
 * in 7 completions", "11k driver complaints"), or an amount of money. Read word by word rather than
 * by one large expression: a draft reads every message of a long channel.
 *
 * @param counted how many such counts
 * @param people whether one of them counts people ("~38k players", "3 enterprise tenants")
 * @param complaints whether one of them counts complaints, tickets or posts
 */
record Counts(int counted, boolean people, boolean complaints) {
  static final Counts NONE = new Counts(0, false, false);

  /** People: one count of them and a harm is impact. */
  private static final Set<String> PEOPLE =
      words(
          "user customer player seller merchant tenant account advertiser rider driver"
              + " applicant employee member subscriber patient student viewer listener caller"
              + " buyer shopper people person household org organization organisation company"
              + " companie client partner device");

  private static final Set<String> COMPLAINTS =
      words("ticket complaint post message report escalation review mention");

  /** The things people do or get, that an incident is counted in. */
  private static final Set<String> THINGS =
      words(
          "request querie query question answer search searche session conversation convo"
              + " call lockout campaign transaction txn order ride trip booking application loan"
              + " claim email document doc upload receipt invoice image photo generation comment"
              + " meeting summary summarie impression listing store record recording page"
              + " completion utterance transcript region market locale author workspace suggestion"
              + " coupon refund payment payout track stream play video item product experiment"
              + " contact card gamer vendor signup sign-up login pr repo repositorie build job"
              + " file recommendation prediction decision approval decline rejection activation"
              + " mute ban visit click notification chat replie reply response article translation"
              + " caption passport verification check vehicle flight shipment parcel deliverie"
              + " delivery agent project thread address addresse key");

  private static final Set<String> SEV = words("sev sev- severity p");
  private static final Pattern SPLIT = Pattern.compile("[\\s;()\"]+|[,:](?=\\s)");

  /** The counts in a sentence, lower case. */
  static Counts in(String sentence) {
    if (!hasDigit(sentence)) {
      return NONE;
    }
    String[] words = SPLIT.split(sentence);
    int counted = 0;
    boolean people = false;
    boolean complaints = false;
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (isMoney(word)) {
        counted++;
        continue;
      }
      if (!isCount(word, i > 0 ? words[i - 1] : "") || endsSentence(word)) {
        continue;
      }
      int found = nounAfter(words, i);
      if (found != 0) {
        counted++;
        people |= (found & PERSON) != 0;
        complaints |= (found & COMPLAINT) != 0;
      }
    }
    return counted == 0 ? NONE : new Counts(counted, people, complaints);
  }

  private static final int THING = 1;
  private static final int PERSON = 2;
  private static final int COMPLAINT = 4;

  /**
   * What the count counts, within four words after it: a thing, people, complaints (flags), or 0.
   * "9 user reports" counts people and complaints.
   */
  private static int nounAfter(String[] words, int at) {
    int found = 0;
    for (int j = at + 1; j < Math.min(words.length, at + 5); j++) {
      String noun = singular(trimEnd(words[j]));
      if (PEOPLE.contains(noun)) {
        found |= PERSON | THING;
      } else if (COMPLAINTS.contains(noun)) {
        return found | COMPLAINT | THING;
      } else if (THINGS.contains(noun)) {
        return found | THING;
      } else if (found != 0 || endsSentence(words[j]) || startsWithDigit(words[j])) {
        return found; // past the people counted, the sentence ended, or another number began
      }
    }
    return found;
  }

  private static String singular(String word) {
    return word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word;
  }

  /**
   * A number that counts: not zero, not a severity's digit ("sev-2", "p1"), not a version or a time
   * ("v13", "09:41"), not a multiple ("4x"), not inside a word: digits with "," and "." between,
   * then at most a unit ("k", "%", "+"), or a fraction ("1/3").
   */
  private static boolean isCount(String word, String before) {
    String w = trimEnd(word);
    int i = 0;
    while (i < w.length() && (w.charAt(i) == '~' || w.charAt(i) == '≈' || w.charAt(i) == '<')) {
      i++;
    }
    if (i >= w.length() || !isDigit(w.charAt(i)) || SEV.contains(before)) {
      return false;
    }
    int start = i;
    while (i < w.length() && (isDigit(w.charAt(i)) || w.charAt(i) == ',' || w.charAt(i) == '.')) {
      i++;
    }
    if (w.substring(start, i).replace("0", "").replace(",", "").replace(".", "").isEmpty()) {
      return false; // zero
    }
    String rest = w.substring(i);
    return rest.isEmpty()
        || rest.equals("k")
        || rest.equals("m")
        || rest.equals("mn")
        || rest.equals("cr")
        || rest.equals("+")
        || rest.equals("%")
        || (rest.startsWith("/") && rest.length() > 1 && isDigit(rest.charAt(1)));
  }

  private static boolean isMoney(String word) {
    int i = word.startsWith("~") || word.startsWith("≈") ? 1 : 0;
    if (i < word.length() - 1 && "$€£₹".indexOf(word.charAt(i)) >= 0) {
      return isDigit(word.charAt(i + 1));
    }
    return !word.isEmpty()
        && isDigit(word.charAt(0))
        && (word.endsWith("usd") || word.endsWith("eur"));
  }

  private static String trimEnd(String word) {
    int end = word.length();
    while (end > 0 && ".!?".indexOf(word.charAt(end - 1)) >= 0) {
      end--;
    }
    return word.substring(0, end);
  }

  /** "trusted." ends a sentence; "2.3" does not. */
  private static boolean endsSentence(String word) {
    return word.length() > trimEnd(word).length();
  }

  private static Set<String> words(String spaced) {
    return Set.of(spaced.split(" "));
  }

  private static boolean startsWithDigit(String word) {
    return !word.isEmpty() && isDigit(word.charAt(0));
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
