using Marsad.Analysis;
using Marsad.Archive.Postgres;

namespace Marsad.Archive.Tests;

public sealed class SearchTermsTests
{
    private static List<string> Terms(string text) => SearchTerms.OfDocument(TextAnalyzer.Default.Analyze(text));

    [Fact]
    public void A_word_with_a_clitic_is_indexed_by_its_stem_and_its_own_form()
    {
        Assert.Equal(["طرابلس", "وطرابلس"], Terms("وطرابلس"));
        Assert.Equal(["طرابلس"], Terms("طرابلس"));
    }

    [Fact]
    public void Spelling_variants_fold_to_the_same_terms()
    {
        Assert.Equal(Terms("الليبي"), Terms("الليبى"));
        Assert.Equal(Terms("مدينة"), Terms("مدينه"));
    }

    [Fact]
    public void Terms_hold_only_letters_and_digits_and_latin_is_lower_cased()
    {
        var terms = Terms("قال ترامب Trump في 2018، #عاصي_الحلاني!");
        Assert.Contains("trump", terms);
        Assert.Contains("2018", terms);
        Assert.Contains("عاصي", terms);
        Assert.Contains("الحلاني", terms);
        Assert.All(terms, t => Assert.True(t.All(char.IsLetterOrDigit), t));
    }

    [Fact]
    public void A_query_is_one_group_per_word()
    {
        var groups = SearchTerms.OfQuery(TextAnalyzer.Default.Analyze("بطرابلس، طرابلس"));
        Assert.Equal(2, groups.Count);
        Assert.Equal(["طرابلس", "بطرابلس"], groups[0]);
        Assert.Equal(["طرابلس"], groups[1]);
    }

    [Fact]
    public void The_tsvector_carries_term_frequency_capped_as_postgres_allows()
    {
        var terms = Enumerable.Repeat("كلمة", 300).Append("اخرى").ToList();
        string v = PostgresArchive.TsVectorLiteral(terms);
        Assert.StartsWith("'كلمة':1,2,3,", v, StringComparison.Ordinal);
        Assert.Contains($",{SearchTerms.MaxTermFrequency} 'اخرى':1", v, StringComparison.Ordinal);
        Assert.DoesNotContain($",{SearchTerms.MaxTermFrequency + 1}", v, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres://ana:s%40cret@db.example:5433/news?sslmode=require", "db.example", 5433, "news", "ana", "s@cret")]
    [InlineData("postgresql://localhost/marsad", "localhost", 5432, "marsad", null, null)]
    public void A_postgres_uri_becomes_a_connection_string(string uri, string host, int port, string db, string? user, string? password)
    {
        var b = new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnection.ToConnectionString(uri));
        Assert.Equal(host, b.Host);
        Assert.Equal(port, b.Port);
        Assert.Equal(db, b.Database);
        Assert.Equal(user, b.Username);
        Assert.Equal(password, b.Password);
    }

    [Theory]
    [InlineData("marsad.db", false)]
    [InlineData("/data/news/archive.sqlite", false)]
    [InlineData("Host=localhost;Database=marsad", true)]
    [InlineData("postgres://localhost/marsad", true)]
    public void The_db_option_names_the_engine(string db, bool postgres) => Assert.Equal(postgres, ArchiveFactory.IsPostgres(db));

    [Fact]
    public void The_content_hash_ignores_where_an_article_came_from_but_not_its_words()
    {
        Assert.Equal(ArticleContent.Hash(ArticleContent.Compose("عنوان", "نص")), ArticleContent.Hash(ArticleContent.Compose("عنوان ", "نص")));
        Assert.NotEqual(ArticleContent.Hash(ArticleContent.Compose("عنوان", "نص")), ArticleContent.Hash(ArticleContent.Compose("عنوان", "نص آخر")));
    }
}
