package org.resourcelibrary.core.lucene.query;

import org.resourcelibrary.core.search.query.UserQuery;
import org.resourcelibrary.core.search.query.UserQueryParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resourcelibrary.core.model.PublicationYears;
import org.resourcelibrary.core.search.query.UserQuery.Filter;
import org.resourcelibrary.core.search.query.UserQuery.Phrase;
import org.resourcelibrary.core.search.query.UserQuery.Word;
import org.resourcelibrary.core.search.query.UserQuery.YearRange;
import org.resourcelibrary.core.search.Dimension;
import org.resourcelibrary.core.search.InvalidRequestException;
import org.resourcelibrary.core.vocabulary.Vocabulary;

class UserQueryParserTest {

    private final UserQueryParser parser = new UserQueryParser(Vocabulary.standard());

    @Test
    void plainWordsAreRequiredGroupsInOrder() {
        UserQuery query = parser.parse("case management  toolkit");
        assertThat(query.render()).isEqualTo("case management toolkit");
        assertThat(query.groups()).hasSize(3).allMatch(g -> !g.prohibited());
    }

    @Test
    void quotedTextIsAPhrase() {
        UserQuery query = parser.parse("\"social service workforce\" zambia");
        assertThat(query.groups().get(0).alternatives()).containsExactly(new Phrase("social service workforce", null));
        assertThat(query.groups().get(1).alternatives()).containsExactly(new Word("zambia", null, false));
    }

    @Test
    void minusExcludesAWordOrPhrase() {
        UserQuery query = parser.parse("supervision -\"case management\" -kenya");
        assertThat(query.groups()).extracting(UserQuery.Group::prohibited).containsExactly(false, true, true);
    }

    @Test
    void orJoinsNeighboursIntoOneGroup() {
        UserQuery query = parser.parse("foster OR kinship care");
        assertThat(query.groups()).hasSize(2);
        assertThat(query.groups().get(0).alternatives())
                .containsExactly(new Word("foster", null, false), new Word("kinship", null, false));
    }

    @Test
    void aLoneOperatorIsAPlainWord() {
        assertThat(parser.parse("AND").render()).isEqualTo("AND");
        assertThat(parser.parse("OR").render()).isEqualTo("OR");
        assertThat(parser.parse("care OR").render()).isEqualTo("care OR");
    }

    @Test
    void unbalancedQuoteIsSearchedAsPlainWords() {
        UserQuery query = parser.parse("\"case management toolkit");
        assertThat(query.groups()).hasSize(3);
        assertThat(query.words()).extracting(Word::text).containsExactly("case", "management", "toolkit");
    }

    @Test
    void facetFieldsBecomeFiltersAcceptingCodesOrNames() {
        UserQuery query = parser.parse("country:zambia type:Toolkit topic:case-management language:fr");
        assertThat(query.groups()).flatExtracting(UserQuery.Group::alternatives).containsExactly(
                new Filter(Dimension.COUNTRY, "ZM"), new Filter(Dimension.TYPE, "toolkit"),
                new Filter(Dimension.TOPIC, "case-management"), new Filter(Dimension.LANGUAGE, "fr"));
    }

    @Test
    void unknownFieldOrValueIsSearchedAsWords() {
        assertThat(parser.parse("country:atlantis").groups().get(0).alternatives())
                .containsExactly(new Phrase("country atlantis", null));
        assertThat(parser.parse("http://example.org").words()).extracting(Word::text)
                .containsExactly("http", "//example.org");
    }

    @Test
    void titleWithNothingIsAPlainWord() {
        assertThat(parser.parse("title: supervision").words()).extracting(Word::text)
                .containsExactly("title", "supervision");
        assertThat(parser.parse("title:supervision").groups().get(0).alternatives())
                .containsExactly(new Word("supervision", "title", false));
    }

    @Test
    void yearRangesInAllSpellings() {
        assertThat(alternatives("year:2010..2015")).containsExactly(new YearRange(2010, 2015));
        assertThat(alternatives("year:2015-2010")).containsExactly(new YearRange(2010, 2015));
        assertThat(alternatives("year:2019")).containsExactly(new YearRange(2019, 2019));
        assertThat(alternatives("year:>=2020")).containsExactly(new YearRange(2020, PublicationYears.latest()));
        assertThat(alternatives("year:<2008")).containsExactly(new YearRange(PublicationYears.EARLIEST, 2007));
    }

    @Test
    void trailingWildcardIsAPrefix() {
        assertThat(alternatives("supervis*")).containsExactly(new Word("supervis", null, true));
    }

    @Test
    void leadingOrInnerWildcardsAndShortPrefixesAreRefusedWithAReason() {
        assertThatThrownBy(() -> parser.parse("*vision")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("cannot start with a wildcard")
                .extracting(e -> ((InvalidRequestException) e).parameter()).isEqualTo("q");
        assertThatThrownBy(() -> parser.parse("sup*on")).hasMessageContaining("only supported at the end");
        assertThatThrownBy(() -> parser.parse("ca*")).hasMessageContaining("at least 3 letters");
    }

    @Test
    void questionMarksAreNotWildcards() {
        assertThat(parser.parse("what is case management?").words()).extracting(Word::text)
                .containsExactly("what", "is", "case", "management");
    }

    @Test
    void aLoneStarBrowsesEverything() {
        assertThat(parser.parse("*").isEmpty()).isTrue();
        assertThat(parser.parse("*:*").isEmpty()).isTrue();
    }

    private List<UserQuery.Clause> alternatives(String text) {
        return parser.parse(text).groups().get(0).alternatives();
    }

    @Test
    void notExcludesTheWordAfterIt() {
        UserQuery query = parser.parse("supervision NOT kenya");
        assertThat(query.groups()).extracting(UserQuery.Group::prohibited).containsExactly(false, true);
        assertThat(query.render()).isEqualTo("supervision -kenya");
    }

    @Test
    void andMakesItsWordsRequired() {
        UserQuery query = parser.parse("toolkit AND zambia care");
        assertThat(query.groups()).extracting(UserQuery.Group::required).containsExactly(true, true, false);
        assertThat(query.render()).isEqualTo("toolkit AND zambia care");
    }

    @Test
    void notBindsTighterThanAndAndAndTighterThanOr() {
        assertThat(parser.parse("foster OR kinship AND care").render()).isEqualTo("foster OR (kinship AND care)");
        assertThat(parser.parse("toolkit AND NOT zambia").render()).isEqualTo("toolkit -zambia");
        assertThat(parser.parse("foster OR NOT kinship").render()).isEqualTo("foster OR (-kinship)");
    }

    @Test
    void parenthesesGroupAndReadBackTheSame() {
        UserQuery query = parser.parse("(foster OR kinship) AND care");
        assertThat(query.groups()).hasSize(2).allMatch(UserQuery.Group::required);
        assertThat(query.render()).isEqualTo("(foster OR kinship) AND care");
        assertThat(parser.parse(query.render())).isEqualTo(query);
        assertThat(parser.parse("-(foster OR kinship) care").render()).isEqualTo("-(foster OR kinship) care");
    }

    @Test
    void unbalancedParenthesesAreSpaces() {
        assertThat(parser.parse("(((").isEmpty()).isTrue();
        assertThat(parser.parse("foster (kinship").render()).isEqualTo("foster kinship");
        assertThat(parser.parse("foster) (kinship) care)").render()).isEqualTo("foster kinship care");
    }

    @Test
    void lowerCaseOperatorsAndOperatorsWithNothingToJoinAreWords() {
        assertThat(parser.parse("care and not kinship").groups()).hasSize(4).noneMatch(UserQuery.Group::prohibited)
                .noneMatch(UserQuery.Group::required);
        assertThat(parser.parse("NOT").render()).isEqualTo("NOT");
        assertThat(parser.parse("care NOT").render()).isEqualTo("care NOT");
        assertThat(parser.parse("AND care").render()).isEqualTo("AND care");
        assertThat(parser.parse("(care NOT)").render()).isEqualTo("care NOT");
    }

    @Test
    void aLoneStarOrNothingAsksForEverything() {
        assertThat(UserQueryParser.asksForEverything("*:*")).isTrue();
        assertThat(UserQueryParser.asksForEverything(" ")).isTrue();
        assertThat(UserQueryParser.asksForEverything("?")).isFalse();
    }
}
