#include "TestUtil.h"

#include "common/Error.h"
#include "data/CsvReader.h"

#include <catch2/catch.hpp>

using namespace nb;
using Catch::Matchers::Contains;

namespace {

Dataset parse(const std::string& text, CsvOptions o = {}, CsvReport* report = nullptr)
{
    return tableToDataset(parseCsv(text, "data.csv", o), o, report);
}

std::string errorOf(const std::string& text, CsvOptions o = {})
{
    try {
        parse(text, o);
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}

} // namespace

TEST_CASE("CSV with a header, commas and a numeric class target")
{
    CsvReport report;
    const Dataset ds = parse("a,b,label\n1.5,2,0\n3,4.25,1\n5,6,1\n", {}, &report);
    CHECK(report.delimiter == ',');
    CHECK(report.hasHeader);
    CHECK(ds.size() == 3);
    CHECK(ds.featureCount() == 2);
    CHECK(ds.featureNames == std::vector<std::string>{"a", "b"});
    CHECK(ds.task == TaskKind::Classification);
    CHECK(ds.classNames == std::vector<std::string>{"0", "1"});
    CHECK(ds.targets == std::vector<float>{0, 1, 1});
    CHECK(ds.features == std::vector<float>{1.5f, 2, 3, 4.25f, 5, 6});
}

TEST_CASE("Brazilian spreadsheet export: semicolons and decimal commas")
{
    CsvReport report;
    const Dataset ds = parse("acidez;pH;qualidade\n7,4;3,51;5\n7,8;3,2;6\n", {}, &report);
    CHECK(report.delimiter == ';');
    CHECK(report.decimal == ',');
    REQUIRE(ds.size() == 2);
    CHECK(ds.features[0] == Approx(7.4f));
    CHECK(ds.features[1] == Approx(3.51f));
    CHECK(ds.features[3] == Approx(3.2f));
}

TEST_CASE("Tabs, quoted fields, a BOM, CRLF and blank lines")
{
    CsvReport report;
    const std::string text = "\xEF\xBB\xBF\"x\"\t\"y\"\tkind\r\n1\t2\t\"cat, big\"\r\n\r\n3\t4\tdog\r\n\n5\t6\t\"cat, big\"\r\n";
    const Dataset ds = parse(text, {}, &report);
    CHECK(report.delimiter == '\t');
    CHECK(ds.featureNames == std::vector<std::string>{"x", "y"});
    CHECK(ds.size() == 3);
    CHECK(ds.classNames == std::vector<std::string>{"cat, big", "dog"});
    CHECK(ds.targets == std::vector<float>{0, 1, 0});
}

TEST_CASE("Quoted fields may hold newlines and doubled quotes")
{
    const CsvTable t = parseCsv("name,v\n\"a \"\"b\"\"\nc\",1\nd,2\n", "q.csv");
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0][0] == "a \"b\"\nc");
    CHECK(t.lines[1] == 4);
}

TEST_CASE("No header: detected and columns named")
{
    CsvReport report;
    const Dataset ds = parse("1,2,0\n3,4,1\n", {}, &report);
    CHECK_FALSE(report.hasHeader);
    CHECK(ds.size() == 2);
    CHECK(ds.featureNames == std::vector<std::string>{"column 1", "column 2"});
}

TEST_CASE("Target by name or 1-based number, and the task override")
{
    CsvOptions o;
    o.target = "a";
    Dataset ds = parse("a,b,c\n1,2,3\n2,5,6\n1,8,9\n", o);
    CHECK(ds.targetName == "a");
    CHECK(ds.featureNames == std::vector<std::string>{"b", "c"});
    o.target = "2";
    o.task = TaskKind::Regression;
    ds = parse("a,b,c\n1,2,3\n2,5,6\n1,8,9\n", o);
    CHECK(ds.targetName == "b");
    CHECK(ds.task == TaskKind::Regression);
    CHECK(ds.targets == std::vector<float>{2, 5, 8});
    o.target = "nope";
    CHECK_THAT(errorOf("a,b\n1,2\n3,4\n", o), Contains("no target column \"nope\"") && Contains("a, b"));
}

TEST_CASE("The task is inferred from the target")
{
    CHECK(parse("x,y\n1,0.5\n2,1.7\n3,2.25\n").task == TaskKind::Regression);
    CHECK(parse("x,y\n1,3\n2,5\n3,3\n").task == TaskKind::Classification);
    std::string many = "x,y\n";
    for (int i = 0; i < 30; ++i)
        many += std::to_string(i) + "," + std::to_string(i * 7) + "\n";
    CHECK(parse(many).task == TaskKind::Regression);
}

TEST_CASE("Text feature columns are one-hot encoded")
{
    CsvReport report;
    const Dataset ds = parse("colour,size,y\nred,1,0\nblue,2,1\nred,3,1\n", {}, &report);
    CHECK(report.oneHotColumns == std::vector<std::string>{"colour"});
    CHECK(ds.featureNames == std::vector<std::string>{"colour=blue", "colour=red", "size"});
    CHECK(ds.features == std::vector<float>{0, 1, 1, 1, 0, 2, 0, 1, 3});
}

TEST_CASE("Bad input is an error naming file, line and column")
{
    CHECK_THAT(errorOf(""), Contains("data.csv: the file is empty"));
    CHECK_THAT(errorOf("\n\r\n"), Contains("empty"));
    CHECK_THAT(errorOf("a,b,c\n"), Contains("no data rows after the header"));
    CHECK_THAT(errorOf("a,b,c\n1,2,3\n4,5\n6,7,8\n"), Contains("data.csv:3: expected 3 fields, found 2"));
    CHECK_THAT(errorOf("a,b,c\n1,2,0\n1,x7,1\n1,2,0\n3,3,1\n"),
        Contains("data.csv:3:2: expected a number in column \"b\", got \"x7\""));
    CHECK_THAT(errorOf("a,b,c\n1,2,3\n1,,1\n"), Contains("data.csv:3:2: missing value in column \"b\""));
    CHECK_THAT(errorOf("a,b,c\n1,2,3\n1,NA,1\n"), Contains("data.csv:3:2: missing value"));
    CHECK_THAT(errorOf("a,b,c\n1,2,7\n1,3,7\n"), Contains("only one class (\"7\")"));
    CHECK_THAT(errorOf("a,b\n\"1,2\n"), Contains("data.csv:2: a quoted field is never closed"));
    CHECK_THAT(errorOf("abc\n1\n2\n"), Contains("only one column"));
}

TEST_CASE("A decimal comma read as a dot file gets a hint")
{
    CsvOptions o;
    o.delimiter = ';';
    o.decimal = '.';
    CHECK_THAT(errorOf("a;b;c\n1;2;0\n1;7,4;1\n2;3;0\n4;4;1\n", o), Contains("got \"7,4\"") && Contains("decimal comma"));
}

TEST_CASE("Missing values are dropped only when asked, and counted")
{
    CsvOptions o;
    o.dropMissing = true;
    CsvReport report;
    const Dataset ds = parse("a,b,c\n1,2,0\n1,?,1\n4,5,1\n", o, &report);
    CHECK(ds.size() == 2);
    CHECK(report.rowsDropped == 1);
}

TEST_CASE("Regression of a text target is refused")
{
    CsvOptions o;
    o.task = TaskKind::Regression;
    CHECK_THAT(errorOf("a,b\n1,x\n2,y\n", o), Contains("regression needs a numeric target"));
}

TEST_CASE("readCsv reads a file from disk and names it in errors")
{
    TempDir dir;
    const std::string good = dir.write("wine.csv", "fixed acidity;quality\n7,4;5\n7,8;6\n");
    const Dataset ds = readCsv(good);
    CHECK(ds.size() == 2);
    CHECK(ds.name == "wine.csv");
    const std::string bad = dir.write("bad.csv", "a;b\n1;2\n3;4;5\n");
    try {
        readCsv(bad);
        FAIL("expected an error");
    } catch (const Error& e) {
        CHECK_THAT(e.what(), Contains(bad + ":3: expected 2 fields, found 3"));
    }
    CHECK_THROWS_WITH(readCsv(dir.file("missing.csv")), Contains("cannot open"));
}

TEST_CASE("parseNumber accepts the chosen decimal mark only")
{
    double v = 0;
    CHECK(parseNumber(" +3.5 ", '.', v));
    CHECK(v == 3.5);
    CHECK(parseNumber("-7,25", ',', v));
    CHECK(v == -7.25);
    CHECK_FALSE(parseNumber("7,25", '.', v));
    CHECK_FALSE(parseNumber("1.000,5", ',', v));
    CHECK_FALSE(parseNumber("inf", '.', v));
    CHECK_FALSE(parseNumber("", '.', v));
}

TEST_CASE("A table of 10,000 columns loads")
{
    std::string csv;
    for (int c = 0; c < 10000; ++c)
        csv += "f" + std::to_string(c) + ",";
    csv += "y\n";
    for (int r = 0; r < 40; ++r) {
        for (int c = 0; c < 10000; ++c)
            csv += std::to_string((r * 7 + c) % 13) + ",";
        csv += std::to_string(r % 2) + "\n";
    }
    const Dataset ds = parse(csv);
    CHECK(ds.featureCount() == 10000);
    CHECK(ds.size() == 40);
    CHECK(ds.featureNames.back() == "f9999");
}

TEST_CASE("Large files stream in two passes: same result as in memory, with progress and cancel")
{
    TempDir dir;
    // About 3 MB: several 1 MiB blocks, with quoted fields holding delimiters, quotes and
    // newlines placed to cross block boundaries.
    std::string text = "\xEF\xBB\xBFid;\"nota\";comentario;classe\r\n";
    for (int i = 0; i < 30000; ++i) {
        text += std::to_string(i) + ";" + std::to_string(i % 10) + "," + std::to_string(i % 7) + ";";
        text += i % 97 == 0 ? "\"linha um\nlinha \"\"dois\"\"; fim\"" : "texto " + std::to_string(i % 5);
        text += std::string(";") + (i % 3 == 0 ? "alto" : "baixo") + "\r\n";
        if (i % 1000 == 0)
            text += "\r\n"; // blank lines are skipped
    }
    const std::string path = dir.write("big.csv", text);
    CsvOptions o;
    o.target = "classe";
    const Dataset inMemory = tableToDataset(parseCsv(text, path, o), o);
    std::vector<double> seen;
    CsvReport report;
    const Dataset streamed = readCsv(path, o, &report, [&](double f) {
        seen.push_back(f);
        return true;
    });
    CHECK(streamed.size() == 30000);
    CHECK(streamed.features == inMemory.features);
    CHECK(streamed.targets == inMemory.targets);
    CHECK(streamed.featureNames == inMemory.featureNames);
    CHECK(streamed.classNames == std::vector<std::string>{"alto", "baixo"});
    CHECK(report.decimal == ',');
    REQUIRE(seen.size() > 3);
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(seen.back() == 1.0);
    int calls = 0;
    CHECK_THROWS_WITH(readCsv(path, o, nullptr, [&](double) { return ++calls < 3; }), Contains("loading was cancelled"));
    // Errors from deep in a large file still name the line.
    const std::string bad = dir.write("bad.csv", text + "1;2;3\r\n");
    CHECK_THROWS_WITH(readCsv(bad, o), Contains("bad.csv:" ) && Contains("expected 4 fields, found 3"));
}

TEST_CASE("A mostly-text column keeps its number-like values as categories (a fuzzing finding)")
{
    const Dataset ds = parse("cor,y\nred,0\n72,1\nblue,0\ngreen,1\nred,1\n");
    CHECK(ds.featureNames == std::vector<std::string>{"cor=72", "cor=blue", "cor=green", "cor=red"});
    CHECK(ds.features[4 + 0] == 1.0f); // row "72"
    const Dataset t = parse("x,label\n1,cat\n2,7\n3,dog\n4,cat\n");
    CHECK(t.classNames == std::vector<std::string>{"7", "cat", "dog"});
}
