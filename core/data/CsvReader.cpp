#include "data/CsvReader.h"

#include "common/Error.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace nb {
namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

std::string quoted(std::string_view s)
{
    std::string out = "\"";
    out.append(s.substr(0, 40));
    if (s.size() > 40)
        out += "...";
    return out + "\"";
}

// Counts each candidate delimiter outside quotes on the first non-blank lines and picks the one
// that appears the same non-zero number of times on every line.
char sniffDelimiter(std::string_view text)
{
    const char candidates[] = {'\t', ';', ','};
    std::vector<std::array<int, 3>> counts;
    size_t pos = 0;
    while (pos < text.size() && counts.size() < 50) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = trim(text.substr(pos, end - pos));
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        pos = end + 1;
        if (line.empty())
            continue;
        std::array<int, 3> c{0, 0, 0};
        bool inQuotes = false;
        for (char ch : line) {
            if (ch == '"')
                inQuotes = !inQuotes;
            else if (!inQuotes)
                for (int k = 0; k < 3; ++k)
                    if (ch == candidates[k])
                        ++c[static_cast<size_t>(k)];
        }
        counts.push_back(c);
    }
    if (counts.empty())
        return ',';
    for (int k = 0; k < 3; ++k) {
        const int first = counts[0][static_cast<size_t>(k)];
        if (first == 0)
            continue;
        const bool consistent = std::all_of(counts.begin(), counts.end(),
            [&](const std::array<int, 3>& c) { return c[static_cast<size_t>(k)] == first; });
        if (consistent)
            return candidates[k];
    }
    // No consistent candidate: take the most frequent on the first line.
    int best = 2;
    for (int k = 0; k < 3; ++k)
        if (counts[0][static_cast<size_t>(k)] > counts[0][static_cast<size_t>(best)])
            best = k;
    return candidates[best];
}

bool looksLikeDecimalComma(std::string_view s)
{
    s = trim(s);
    if (!s.empty() && (s.front() == '-' || s.front() == '+'))
        s.remove_prefix(1);
    const size_t comma = s.find(',');
    if (comma == std::string_view::npos || comma == 0 || comma + 1 == s.size())
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || c == ','; })
        && std::count(s.begin(), s.end(), ',') == 1;
}

bool looksLikeDecimalDot(std::string_view s)
{
    s = trim(s);
    if (!s.empty() && (s.front() == '-' || s.front() == '+'))
        s.remove_prefix(1);
    const size_t dot = s.find('.');
    if (dot == std::string_view::npos || dot + 1 == s.size())
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; })
        && std::count(s.begin(), s.end(), '.') == 1;
}

std::string formatClassValue(double v)
{
    if (std::floor(v) == v && std::fabs(v) < 1e15) {
        return std::to_string(static_cast<long long>(v));
    }
    std::ostringstream os;
    os << v;
    return os.str();
}

} // namespace

bool isMissingValue(std::string_view text)
{
    text = trim(text);
    return text.empty() || text == "NA" || text == "N/A" || text == "NaN" || text == "nan"
        || text == "null" || text == "NULL" || text == "?";
}

bool parseNumber(std::string_view text, char decimal, double& out)
{
    text = trim(text);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty() || text.size() > 64)
        return false;
    char buffer[65];
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == decimal)
            c = '.';
        else if (c == '.' && decimal == ',')
            return false; // a dot in a decimal-comma file is not a number
        buffer[i] = c;
    }
    const char* end = buffer + text.size();
    const auto result = std::from_chars(buffer, end, out);
    return result.ec == std::errc() && result.ptr == end && std::isfinite(out);
}

CsvTable parseCsv(std::string_view text, const std::string& source, const CsvOptions& options, size_t maxRows)
{
    CsvTable table;
    table.source = source;
    if (text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF
        && static_cast<unsigned char>(text[1]) == 0xBB && static_cast<unsigned char>(text[2]) == 0xBF)
        text.remove_prefix(3);
    if (trim(text).find_first_not_of("\r\n") == std::string_view::npos)
        throw Error(locate(source, 0, 0, "the file is empty"));

    table.delimiter = options.delimiter ? options.delimiter : sniffDelimiter(text);
    const char delim = table.delimiter;

    // RFC 4180 records: quoted fields may hold delimiters, doubled quotes and newlines.
    std::vector<std::vector<std::string>> records;
    std::vector<long> recordLines;
    std::vector<std::string> record;
    std::string field;
    bool inQuotes = false;
    bool fieldQuoted = false;
    long line = 1;
    long recordLine = 1;
    long quoteLine = 0;
    const size_t keep = maxRows == std::numeric_limits<size_t>::max() ? maxRows : maxRows + 1;
    auto endRecord = [&]() {
        record.push_back(std::move(field));
        field.clear();
        fieldQuoted = false;
        const bool blank = record.size() == 1 && trim(record[0]).empty();
        if (!blank) {
            records.push_back(std::move(record));
            recordLines.push_back(recordLine);
        }
        record.clear();
    };
    for (size_t i = 0; i < text.size() && records.size() < keep; ++i) {
        const char c = text[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == '\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == '"' && trim(field).empty() && !fieldQuoted) {
            inQuotes = true;
            fieldQuoted = true;
            quoteLine = line;
            field.clear();
        } else if (c == delim) {
            record.push_back(std::move(field));
            field.clear();
            fieldQuoted = false;
        } else if (c == '\n') {
            if (!field.empty() && field.back() == '\r')
                field.pop_back();
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field += c;
        }
    }
    if (inQuotes)
        throw Error(locate(source, quoteLine, 0, "a quoted field is never closed"));
    if (records.size() < keep && (!field.empty() || !record.empty())) {
        if (!field.empty() && field.back() == '\r')
            field.pop_back();
        endRecord();
    }
    if (records.empty())
        throw Error(locate(source, 0, 0, "the file is empty"));

    // Decimal mark: a comma only when the delimiter is not one and the numbers use it.
    if (options.decimal) {
        table.decimal = options.decimal;
    } else if (delim == ',') {
        table.decimal = '.';
    } else {
        long commas = 0, dots = 0;
        for (size_t r = 0; r < records.size() && r < 200; ++r)
            for (const auto& f : records[r]) {
                commas += looksLikeDecimalComma(f);
                dots += looksLikeDecimalDot(f);
            }
        table.decimal = commas > 0 && commas >= dots ? ',' : '.';
    }

    // Header: the first row has a text cell above a column of numbers, or is all text and
    // none of its values recur below it.
    bool header = false;
    if (options.header == HeaderMode::Yes) {
        header = true;
    } else if (options.header == HeaderMode::Auto) {
        const auto& first = records[0];
        double dummy = 0;
        bool allText = true;
        for (size_t c = 0; c < first.size(); ++c) {
            const bool text0 = !parseNumber(first[c], table.decimal, dummy) && !isMissingValue(first[c]);
            allText = allText && text0;
            if (!text0 || records.size() < 2)
                continue;
            bool numericBelow = true;
            bool any = false;
            for (size_t r = 1; r < records.size() && r < 50; ++r) {
                if (c >= records[r].size() || isMissingValue(records[r][c]))
                    continue;
                any = true;
                numericBelow = numericBelow && parseNumber(records[r][c], table.decimal, dummy);
            }
            if (any && numericBelow)
                header = true;
        }
        if (!header && allText) {
            bool recurs = false;
            for (size_t c = 0; c < first.size() && !recurs; ++c)
                for (size_t r = 1; r < records.size() && r < 200 && !recurs; ++r)
                    recurs = c < records[r].size() && trim(records[r][c]) == trim(first[c]);
            header = !recurs;
        }
    }
    table.hasHeader = header;
    size_t start = 0;
    if (header) {
        for (const auto& name : records[0])
            table.columns.emplace_back(trim(name));
        start = 1;
    } else {
        for (size_t c = 0; c < records[0].size(); ++c)
            table.columns.push_back("column " + std::to_string(c + 1));
    }
    for (size_t r = start; r < records.size() && table.rows.size() < maxRows; ++r) {
        table.rows.push_back(std::move(records[r]));
        table.lines.push_back(recordLines[r]);
    }
    return table;
}

CsvTable readCsvTable(const std::string& path, const CsvOptions& options, size_t maxRows)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(locate(path, 0, 0, "cannot open the file"));
    std::string text;
    if (maxRows == std::numeric_limits<size_t>::max()) {
        std::ostringstream buffer;
        buffer << in.rdbuf();
        text = buffer.str();
    } else {
        // Previews read only the beginning of the file.
        text.resize(1 << 20);
        in.read(text.data(), static_cast<std::streamsize>(text.size()));
        text.resize(static_cast<size_t>(in.gcount()));
        if (!in.eof()) {
            const size_t lastNewline = text.rfind('\n');
            if (lastNewline != std::string::npos)
                text.resize(lastNewline + 1);
        }
    }
    return parseCsv(text, path, options, maxRows);
}

Dataset tableToDataset(const CsvTable& table, const CsvOptions& options, CsvReport* report)
{
    const std::string& src = table.source;
    const size_t ncols = table.columns.size();
    if (table.rows.empty())
        throw Error(locate(src, 0, 0, table.hasHeader ? "there are no data rows after the header" : "the file is empty"));
    if (ncols < 2)
        throw Error(locate(src, table.lines[0], 0,
            "found only one column; a dataset needs at least one feature and a target (is the delimiter right?)"));
    for (size_t r = 0; r < table.rows.size(); ++r)
        if (table.rows[r].size() != ncols)
            throw Error(locate(src, table.lines[r], 0,
                "expected " + std::to_string(ncols) + " fields, found " + std::to_string(table.rows[r].size())));

    // Target column: a name, a 1-based number, or the last column.
    size_t target = ncols - 1;
    if (!options.target.empty()) {
        auto it = std::find(table.columns.begin(), table.columns.end(), options.target);
        if (it != table.columns.end()) {
            target = static_cast<size_t>(it - table.columns.begin());
        } else {
            double number = 0;
            if (!parseNumber(options.target, '.', number) || number != std::floor(number)
                || number < 1 || number > static_cast<double>(ncols)) {
                std::string names;
                for (const auto& c : table.columns)
                    names += (names.empty() ? "" : ", ") + c;
                throw Error(locate(src, 0, 0, "no target column \"" + options.target + "\" (columns: " + names + ")"));
            }
            target = static_cast<size_t>(number) - 1;
        }
    }

    // Missing values: an error naming the cell, unless the user asked to drop such rows.
    std::vector<size_t> keep;
    keep.reserve(table.rows.size());
    for (size_t r = 0; r < table.rows.size(); ++r) {
        bool missing = false;
        for (size_t c = 0; c < ncols && !missing; ++c) {
            if (isMissingValue(table.rows[r][c])) {
                if (!options.dropMissing)
                    throw Error(locate(src, table.lines[r], static_cast<long>(c + 1),
                        "missing value in column \"" + table.columns[c] + "\" (choose \"drop rows with missing values\" to skip such rows)"));
                missing = true;
            }
        }
        if (!missing)
            keep.push_back(r);
    }
    if (keep.empty())
        throw Error(locate(src, 0, 0, "every row has a missing value"));

    // Column types: a column of numbers with a stray word is an error at that word; a column
    // that is mostly text is categorical.
    std::vector<bool> numeric(ncols, true);
    std::vector<std::vector<double>> values(ncols);
    for (size_t c = 0; c < ncols; ++c) {
        size_t numbers = 0;
        long firstTextRow = -1;
        values[c].resize(keep.size());
        for (size_t k = 0; k < keep.size(); ++k) {
            double v = 0;
            if (parseNumber(table.rows[keep[k]][c], table.decimal, v)) {
                ++numbers;
                values[c][k] = v;
            } else if (firstTextRow < 0) {
                firstTextRow = static_cast<long>(keep[k]);
            }
        }
        if (numbers == keep.size())
            continue;
        if (numbers * 2 > keep.size()) {
            const auto r = static_cast<size_t>(firstTextRow);
            std::string hint;
            if (table.decimal == '.' && looksLikeDecimalComma(table.rows[r][c]))
                hint = " (this looks like a decimal comma; set the decimal mark to ',')";
            throw Error(locate(src, table.lines[r], static_cast<long>(c + 1),
                "expected a number in column \"" + table.columns[c] + "\", got " + quoted(table.rows[r][c]) + hint));
        }
        numeric[c] = false;
    }

    Dataset ds;
    ds.name = src.substr(src.find_last_of('/') == std::string::npos ? 0 : src.find_last_of('/') + 1);
    ds.targetName = table.columns[target];

    // Target and task.
    std::vector<float> targets(keep.size());
    if (numeric[target]) {
        std::set<double> distinct(values[target].begin(), values[target].end());
        const bool integral = std::all_of(distinct.begin(), distinct.end(), [](double v) { return std::floor(v) == v; });
        TaskKind task = options.task.value_or(
            integral && static_cast<int>(distinct.size()) <= options.maxClassesInferred ? TaskKind::Classification
                                                                                         : TaskKind::Regression);
        ds.task = task;
        if (task == TaskKind::Classification) {
            if (distinct.size() > 1000)
                throw Error(locate(src, 0, static_cast<long>(target + 1),
                    "the target column \"" + ds.targetName + "\" has " + std::to_string(distinct.size()) + " distinct values; too many classes (use regression)"));
            std::map<double, int> index;
            for (double v : distinct) {
                index.emplace(v, static_cast<int>(index.size()));
                ds.classNames.push_back(formatClassValue(v));
            }
            for (size_t k = 0; k < keep.size(); ++k)
                targets[k] = static_cast<float>(index[values[target][k]]);
        } else {
            for (size_t k = 0; k < keep.size(); ++k)
                targets[k] = static_cast<float>(values[target][k]);
        }
    } else {
        if (options.task == TaskKind::Regression) {
            const size_t r = keep[0];
            throw Error(locate(src, table.lines[r], static_cast<long>(target + 1),
                "regression needs a numeric target, but column \"" + ds.targetName + "\" holds text such as " + quoted(table.rows[r][target])));
        }
        ds.task = TaskKind::Classification;
        std::set<std::string> distinct;
        for (size_t r : keep)
            distinct.emplace(trim(table.rows[r][target]));
        std::map<std::string, int> index;
        for (const auto& v : distinct) {
            index.emplace(v, static_cast<int>(index.size()));
            ds.classNames.push_back(v);
        }
        for (size_t k = 0; k < keep.size(); ++k)
            targets[k] = static_cast<float>(index[std::string(trim(table.rows[keep[k]][target]))]);
    }
    if (ds.task == TaskKind::Classification && ds.classNames.size() < 2)
        throw Error(locate(src, 0, static_cast<long>(target + 1),
            "the target column \"" + ds.targetName + "\" has only one class (\"" + ds.classNames.front() + "\"); classification needs at least two"));

    // Features: numbers as they are, text one-hot encoded.
    struct Encoded {
        size_t column;
        std::vector<std::string> categories;
    };
    std::vector<Encoded> layout;
    for (size_t c = 0; c < ncols; ++c) {
        if (c == target)
            continue;
        Encoded e{c, {}};
        if (!numeric[c]) {
            std::set<std::string> cats;
            for (size_t r : keep)
                cats.emplace(trim(table.rows[r][c]));
            if (static_cast<int>(cats.size()) > options.maxCategories)
                throw Error(locate(src, 0, static_cast<long>(c + 1),
                    "column \"" + table.columns[c] + "\" holds text with " + std::to_string(cats.size())
                        + " distinct values; too many to one-hot encode (at most " + std::to_string(options.maxCategories) + ")"));
            e.categories.assign(cats.begin(), cats.end());
            for (const auto& cat : e.categories)
                ds.featureNames.push_back(table.columns[c] + "=" + cat);
            if (report)
                report->oneHotColumns.push_back(table.columns[c]);
        } else {
            ds.featureNames.push_back(table.columns[c]);
        }
        layout.push_back(std::move(e));
    }
    const auto nf = static_cast<int64_t>(ds.featureNames.size());
    ds.sampleShape = {nf};
    ds.features.assign(keep.size() * static_cast<size_t>(nf), 0.0f);
    for (size_t k = 0; k < keep.size(); ++k) {
        float* row = ds.features.data() + static_cast<int64_t>(k) * nf;
        size_t out = 0;
        for (const auto& e : layout) {
            if (e.categories.empty()) {
                row[out++] = static_cast<float>(values[e.column][k]);
            } else {
                const std::string v(trim(table.rows[keep[k]][e.column]));
                const auto it = std::lower_bound(e.categories.begin(), e.categories.end(), v);
                row[out + static_cast<size_t>(it - e.categories.begin())] = 1.0f;
                out += e.categories.size();
            }
        }
    }
    ds.targets = std::move(targets);
    if (report) {
        report->delimiter = table.delimiter;
        report->decimal = table.decimal;
        report->hasHeader = table.hasHeader;
        report->rowsRead = static_cast<int64_t>(table.rows.size());
        report->rowsDropped = static_cast<int64_t>(table.rows.size() - keep.size());
        report->targetColumn = ds.targetName;
    }
    return ds;
}

Dataset readCsv(const std::string& path, const CsvOptions& options, CsvReport* report)
{
    return tableToDataset(readCsvTable(path, options), options, report);
}

} // namespace nb
