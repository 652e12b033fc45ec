using Marsad.Analysis.Ner;
using Marsad.Text.Normalization;

namespace Marsad.Analysis.Tests;

public class ClusterTrainerTests
{
    // Cities and people are written into frames of their own: places after a verb of moving or "في", people after a verb of saying.
    private static readonly string[] Cities = ["القاهرة", "بغداد", "دمشق", "عمان", "الرباط", "تونس"];
    private static readonly string[] People = ["محمد", "أحمد", "خالد", "سامي", "يوسف", "علي"];

    private static ClusterTrainer TrainerOn(ClusterOptions options)
    {
        var trainer = new ClusterTrainer(options);
        string[] cityFrames = ["وصل الوفد إلى {0} اليوم", "عقد اجتماع في {0} أمس", "غادر الوزير {0} صباحا"];
        string[] personFrames = ["قال {0} إن الوضع صعب", "أضاف {0} أن الحل قريب", "أكد {0} إن الاتفاق قائم"];
        // Each word meets the frames in its own proportions, so that no two words have the same contexts.
        for (int round = 0; round < 20; round++)
            for (int i = 0; i < Cities.Length; i++)
            {
                trainer.Add(string.Format(cityFrames[(round + i) % 3], Cities[i]) + " " + string.Format(cityFrames[(round * i) % 3], Cities[i]));
                trainer.Add(string.Format(personFrames[(round + i) % 3], People[i]) + " " + string.Format(personFrames[(round * i) % 3], People[i]));
            }
        return trainer;
    }

    private static readonly ClusterOptions Small = new() { Words = 40, Contexts = 20, TopClasses = 4, Branching = 2, Levels = 2, Seed = 3, Trees = 1 };

    [Fact]
    public void Words_used_in_the_same_frames_share_a_class_and_the_two_frames_do_not()
    {
        var clusters = TrainerOn(Small).Train();
        Assert.Equal(2, clusters.Sizes.Length);
        int TopClass(string w) => clusters.Of(ArabicNormalizer.Matching.Normalize(w))![0];
        var cityClasses = Cities.Select(TopClass).Distinct().ToArray();
        var personClasses = People.Select(TopClass).Distinct().ToArray();
        Assert.Single(cityClasses);
        Assert.Single(personClasses);
        Assert.NotEqual(cityClasses[0], personClasses[0]);
    }

    [Fact]
    public void The_same_corpus_and_seed_give_the_same_classes()
    {
        var a = TrainerOn(Small).Train();
        var b = TrainerOn(Small).Train();
        foreach (string w in Cities.Concat(People).Select(w => ArabicNormalizer.Matching.Normalize(w)))
            Assert.Equal(a.Of(w), b.Of(w));
        Assert.Equal(a.Sizes, b.Sizes);
    }

    [Fact]
    public void The_first_of_several_trees_is_the_tree_one_would_get_alone()
    {
        var one = TrainerOn(Small).Train();
        var two = TrainerOn(Small with { Trees = 2 }).Train();
        Assert.Equal(2, two.Trees);
        Assert.Equal(one.Sizes, two.Sizes[..2]);
        foreach (string w in Cities.Concat(People).Select(w => ArabicNormalizer.Matching.Normalize(w)))
            Assert.Equal(one.Of(w), two.Of(w)![..2]);
    }
}
