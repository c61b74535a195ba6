using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Columns;
using RufaBot.Knowledge;
using RufaBot.Knowledge.Loading;
using RufaBot.Knowledge.Retrieval;
using RufaBot.Knowledge.Seeds;
using RufaBot.Knowledge.Text;

namespace RufaBot.Benchmarks;

/// <summary>
/// Offline retrieval (analysis + BM25 + top 3) over the source passages and curated entries plus 1,000 admin document chunks,
/// one question per invocation, cycling through realistic English and French questions, and apart, questions in Spanish,
/// Russian, Arabic and Chinese (Lucene.Net analyzers, one index per language). Target: p99 ≤ 2 ms.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class RetrievalBenchmarks
{
    private static readonly string[] Questions =
    [
        "what must I do if I learn of a serious violation?",
        "Is the human rights induction mandatory?",
        "Who can call for an Inter-Agency Task Force?",
        "There is no HR Adviser here. Who supports the RC?",
        "What happens if UN staff are arrested?",
        "Which HQ forums step back when an ITF or SAG covers a country?",
        "Is my name kept confidential if I report something?",
        "Que dois-je faire si j'apprends une violation grave ?",
        "Qui peut invoquer l'article 99 ?",
        "How does our country office handle reports about displacement and evictions?",
    ];

    private static readonly (string Question, string Locale)[] OtherLanguages =
    [
        ("¿Es obligatoria la inducción en derechos humanos?", "es-ES"),
        ("¿Qué hago si alguien está en peligro inmediato?", "es-ES"),
        ("Кто может применить статью 99?", "ru-RU"),
        ("Как подать обращение через RufaBot?", "ru-RU"),
        ("من يرأس فريق العمل الرفيع المستوى؟", "ar-EG"),
        ("كيف أبلغ عن شاغل عن طريق RufaBot؟", "ar-EG"),
        ("人权入职培训是强制性的吗？", "zh-CN"),
        ("如果联合国工作人员被逮捕会怎样？", "zh-CN"),
    ];

    private KnowledgeIndex _index = null!;
    private int _next;
    private int _nextOther;

    [GlobalSetup]
    public void Setup()
    {
        var seeds = SeedLibrary.Load(Path.Combine(AppContext.BaseDirectory, "Knowledge", "Seeds"));
        var entries = seeds.Entries().ToList();
        entries.AddRange(ContentLoader.LoadFolder(Path.Combine(AppContext.BaseDirectory, "Knowledge", "Content"), seeds));
        entries.AddRange(AdminChunks.Generate(1000));
        _index = new KnowledgeIndex(entries);
    }

    [Benchmark(Description = "Retrieve top 3 (shipped KB + 1,000 admin chunks)")]
    public int RetrieveTop3()
    {
        var question = Questions[_next++ % Questions.Length];
        var language = LanguageDetector.Detect(question, null);
        return _index.Search(question, language, 3).Count;
    }

    [Benchmark(Description = "Retrieve top 3, questions in es/ru/ar/zh (shipped KB + 1,000 admin chunks)")]
    public int RetrieveTop3OtherLanguages()
    {
        var (question, locale) = OtherLanguages[_nextOther++ % OtherLanguages.Length];
        var language = LanguageDetector.Detect(question, locale);
        return _index.Search(question, language, 3).Count;
    }

    /// <summary>
    /// "PerQuery" times every question on its own (one invocation per iteration, outliers kept), so its
    /// percentiles are per-query latencies; "Throughput" averages many calls for a stable mean and allocations.
    /// </summary>
    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithId("PerQuery").WithWarmupCount(20).WithIterationCount(2000).WithInvocationCount(1).WithUnrollFactor(1)
                .WithOutlierMode(Perfolizer.Mathematics.OutlierDetection.OutlierMode.DontRemove));
            AddJob(Job.Default.WithId("Throughput").WithWarmupCount(3).WithIterationCount(15).WithInvocationCount(2048).WithUnrollFactor(1));
            AddColumn(StatisticColumn.P50, StatisticColumn.P95, new P99Column(), StatisticColumn.Max);
        }
    }
}
