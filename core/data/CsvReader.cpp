#include "data/CsvReader.h"

#include "common/Error.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <fstream>
#include <string_view>
#include <memory>
#include <map>
#include <set>
#include <filesystem>
#include <functional>
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

namespace {

// RFC 4180 records, one at a time, from bytes that arrive in chunks (a whole string, or a file
// 1 MiB at a time): quoted fields may hold delimiters, doubled quotes and newlines; blank lines
// are skipped; a UTF-8 byte-order mark is dropped. The one tokenizer for previews, in-memory
// tables and streamed files.
class RecordReader {
public:
    using NextChunk = std::function<std::string_view()>; // empty at the end
    RecordReader(std::string source, char delimiter, NextChunk next) : m_source(std::move(source)), m_delim(delimiter), m_next(std::move(next))
    {
        fill();
        if (m_buf.size() >= 3 && static_cast<unsigned char>(m_buf[0]) == 0xEF && static_cast<unsigned char>(m_buf[1]) == 0xBB
            && static_cast<unsigned char>(m_buf[2]) == 0xBF)
            m_pos = 3;
    }
    uint64_t consumed() const { return m_consumed + m_pos; }

    bool next(std::vector<std::string>& fields, long& line)
    {
        for (;;) {
            fields.clear();
            std::string field;
            bool inQuotes = false, quoted = false, any = false;
            long quoteLine = 0;
            line = m_line;
            for (;;) {
                if (m_pos >= m_buf.size() && !fill()) {
                    if (inQuotes)
                        throw Error(locate(m_source, quoteLine, 0, "a quoted field is never closed"));
                    if (!any && field.empty() && fields.empty())
                        return false;
                    if (!field.empty() && field.back() == '\r')
                        field.pop_back();
                    fields.push_back(std::move(field));
                    break;
                }
                const char c = m_buf[m_pos++];
                any = true;
                if (inQuotes) {
                    if (c == '"') {
                        if (m_pos >= m_buf.size())
                            fill();
                        if (m_pos < m_buf.size() && m_buf[m_pos] == '"') {
                            field += '"';
                            ++m_pos;
                        } else {
                            inQuotes = false;
                        }
                    } else {
                        if (c == '\n')
                            ++m_line;
                        field += c;
                    }
                } else if (c == '"' && !quoted && trim(field).empty()) {
                    inQuotes = quoted = true;
                    quoteLine = m_line;
                    field.clear();
                } else if (c == m_delim) {
                    fields.push_back(std::move(field));
                    field.clear();
                    quoted = false;
                } else if (c == '\n') {
                    if (!field.empty() && field.back() == '\r')
                        field.pop_back();
                    fields.push_back(std::move(field));
                    ++m_line;
                    break;
                } else {
                    field += c;
                }
            }
            const bool blank = fields.size() == 1 && trim(fields[0]).empty();
            if (!blank)
                return true;
        }
    }

private:
    bool fill()
    {
        // A quote at the very end of a chunk looks at the next one, so chunks never split a "" pair.
        m_consumed += m_pos;
        m_buf = m_next();
        m_pos = 0;
        return !m_buf.empty();
    }

    std::string m_source;
    char m_delim;
    NextChunk m_next;
    std::string_view m_buf;
    size_t m_pos = 0;
    uint64_t m_consumed = 0;
    long m_line = 1;
};

} // namespace

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

    std::vector<std::vector<std::string>> records;
    std::vector<long> recordLines;
    const size_t keep = maxRows == std::numeric_limits<size_t>::max() ? maxRows : maxRows + 1;
    bool given = false;
    RecordReader reader(source, delim, [&text, &given] {
        const std::string_view chunk = given ? std::string_view() : text;
        given = true;
        return chunk;
    });
    std::vector<std::string> record;
    long line = 0;
    while (records.size() < keep && reader.next(record, line)) {
        records.push_back(std::move(record));
        recordLines.push_back(line);
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

namespace {

// Rows from somewhere (a parsed table, or a file read in blocks), readable twice.
class RowSource {
public:
    virtual ~RowSource() = default;
    virtual bool next(std::vector<std::string>& fields, long& line) = 0;
    virtual void rewind() = 0;
    virtual double fraction() const = 0; // of this pass, for progress
};

class TableRows : public RowSource {
public:
    explicit TableRows(const CsvTable& t) : m_t(t) {}
    bool next(std::vector<std::string>& fields, long& line) override
    {
        if (m_i >= m_t.rows.size())
            return false;
        fields = m_t.rows[m_i];
        line = m_t.lines[m_i];
        ++m_i;
        return true;
    }
    void rewind() override { m_i = 0; }
    double fraction() const override { return m_t.rows.empty() ? 1.0 : static_cast<double>(m_i) / static_cast<double>(m_t.rows.size()); }

private:
    const CsvTable& m_t;
    size_t m_i = 0;
};

// RFC 4180 records straight from the file, 1 MiB at a time: memory stays bounded however large
// the file is.
class FileRows : public RowSource {
public:
    FileRows(const std::string& path, char delimiter, bool skipHeader) : m_path(path), m_delim(delimiter), m_skipHeader(skipHeader)
    {
        std::error_code ec;
        m_size = std::filesystem::file_size(path, ec);
        rewind();
    }
    void rewind() override
    {
        m_in = std::ifstream(m_path, std::ios::binary);
        if (!m_in)
            throw Error(locate(m_path, 0, 0, "cannot open the file"));
        m_reader = std::make_unique<RecordReader>(m_path, m_delim, [this] {
            m_chunk.resize(1 << 20);
            m_in.read(m_chunk.data(), static_cast<std::streamsize>(m_chunk.size()));
            m_chunk.resize(static_cast<size_t>(m_in.gcount()));
            return std::string_view(m_chunk);
        });
        if (m_skipHeader) {
            std::vector<std::string> header;
            long line = 0;
            m_reader->next(header, line);
        }
    }
    double fraction() const override
    {
        return m_size ? std::min(1.0, static_cast<double>(m_reader->consumed()) / static_cast<double>(m_size)) : 1.0;
    }
    bool next(std::vector<std::string>& fields, long& line) override { return m_reader->next(fields, line); }

private:
    std::string m_path;
    char m_delim;
    bool m_skipHeader;
    std::ifstream m_in;
    std::string m_chunk;
    std::unique_ptr<RecordReader> m_reader;
    uint64_t m_size = 0;
};

// Two passes over the rows: the first types every column (numbers, categories, the target's
// classes) keeping only counts and small sets; the second writes the float features. So a file
// needs memory for its numbers, not for its text.
Dataset buildDataset(RowSource& rows, const CsvTable& head, const CsvOptions& options, CsvReport* report,
    const CsvProgress& progress)
{
    const std::string& src = head.source;
    const size_t ncols = head.columns.size();
    const char decimal = head.decimal;
    auto report01 = [&](double f) {
        if (progress && !progress(f))
            throw Error(locate(src, 0, 0, "loading was cancelled"));
    };

    // Target column: a name, a 1-based number, or the last column.
    size_t target = ncols - 1;
    if (!options.target.empty()) {
        auto it = std::find(head.columns.begin(), head.columns.end(), options.target);
        if (it != head.columns.end()) {
            target = static_cast<size_t>(it - head.columns.begin());
        } else {
            double number = 0;
            if (!parseNumber(options.target, '.', number) || number != std::floor(number) || number < 1
                || number > static_cast<double>(ncols)) {
                std::string names;
                for (const auto& c : head.columns)
                    names += (names.empty() ? "" : ", ") + c;
                throw Error(locate(src, 0, 0, "no target column \"" + options.target + "\" (columns: " + names + ")"));
            }
            target = static_cast<size_t>(number) - 1;
        }
    }

    struct Column {
        int64_t numbers = 0;
        long firstTextLine = -1;
        std::string firstText;
        std::set<std::string> texts; // capped
        std::set<double> values;     // the target's distinct numbers, capped
        bool integral = true;
    };
    std::vector<Column> cols(ncols);
    const size_t textCap = static_cast<size_t>(std::max(options.maxCategories, 1000)) + 1;
    std::vector<std::string> f;
    long line = 0;
    int64_t read = 0, kept = 0, firstLine = 0;
    auto rowHasMissing = [&](const std::vector<std::string>& fields) {
        for (size_t c = 0; c < ncols; ++c)
            if (isMissingValue(fields[c])) {
                if (!options.dropMissing)
                    throw Error(locate(src, line, static_cast<long>(c + 1),
                        "missing value in column \"" + head.columns[c] + "\" (choose \"drop rows with missing values\" to skip such rows)"));
                return true;
            }
        return false;
    };

    // Pass 1.
    rows.rewind();
    while (rows.next(f, line)) {
        if (read == 0)
            firstLine = line;
        if (read == 0 && ncols < 2)
            throw Error(locate(src, line, 0,
                "found only one column; a dataset needs at least one feature and a target (is the delimiter right?)"));
        ++read;
        if (f.size() != ncols)
            throw Error(locate(src, line, 0, "expected " + std::to_string(ncols) + " fields, found " + std::to_string(f.size())));
        if (rowHasMissing(f))
            continue;
        ++kept;
        for (size_t c = 0; c < ncols; ++c) {
            Column& col = cols[c];
            double v = 0;
            if (parseNumber(f[c], decimal, v)) {
                ++col.numbers;
                if (c == target) {
                    col.integral = col.integral && v == std::floor(v);
                    if (col.values.size() < 1001)
                        col.values.insert(v);
                }
            } else if (col.firstTextLine < 0) {
                col.firstTextLine = line;
                col.firstText = f[c];
            }
            // Every distinct value, numbers too: a mostly-text column becomes categories of all
            // its values (a fuzzer found the overflow when "72" was left out).
            if (col.texts.size() < textCap)
                col.texts.emplace(trim(f[c]));
        }
        if ((read & 0xFFF) == 0)
            report01(0.5 * rows.fraction());
    }
    if (read == 0)
        throw Error(locate(src, 0, 0, head.hasHeader ? "there are no data rows after the header" : "the file is empty"));
    if (ncols < 2)
        throw Error(locate(src, firstLine, 0,
            "found only one column; a dataset needs at least one feature and a target (is the delimiter right?)"));
    if (kept == 0)
        throw Error(locate(src, 0, 0, "every row has a missing value"));

    // Column types: a column of numbers with a stray word is an error at that word; a column
    // that is mostly text is categorical.
    std::vector<bool> numeric(ncols, true);
    for (size_t c = 0; c < ncols; ++c) {
        const Column& col = cols[c];
        if (col.numbers == kept)
            continue;
        if (col.numbers * 2 > kept) {
            std::string hint;
            if (decimal == '.' && looksLikeDecimalComma(col.firstText))
                hint = " (this looks like a decimal comma; set the decimal mark to ',')";
            throw Error(locate(src, col.firstTextLine, static_cast<long>(c + 1),
                "expected a number in column \"" + head.columns[c] + "\", got " + nb::quoted(col.firstText) + hint));
        }
        numeric[c] = false;
    }

    Dataset ds;
    ds.name = src.substr(src.find_last_of('/') == std::string::npos ? 0 : src.find_last_of('/') + 1);
    ds.targetName = head.columns[target];
    const Column& tc = cols[target];
    std::map<double, int> numberClass;
    std::map<std::string, int> textClass;
    if (numeric[target]) {
        const TaskKind task = options.task.value_or(
            tc.integral && static_cast<int>(tc.values.size()) <= options.maxClassesInferred ? TaskKind::Classification : TaskKind::Regression);
        ds.task = task;
        if (task == TaskKind::Classification) {
            if (tc.values.size() > 1000)
                throw Error(locate(src, 0, static_cast<long>(target + 1),
                    "the target column \"" + ds.targetName + "\" has more than 1000 distinct values; too many classes (use regression)"));
            for (double v : tc.values) {
                numberClass.emplace(v, static_cast<int>(numberClass.size()));
                ds.classNames.push_back(formatClassValue(v));
            }
        }
    } else {
        if (options.task == TaskKind::Regression)
            throw Error(locate(src, tc.firstTextLine, static_cast<long>(target + 1),
                "regression needs a numeric target, but column \"" + ds.targetName + "\" holds text such as " + nb::quoted(tc.firstText)));
        ds.task = TaskKind::Classification;
        if (tc.texts.size() > 1000)
            throw Error(locate(src, 0, static_cast<long>(target + 1),
                "the target column \"" + ds.targetName + "\" has more than 1000 distinct values; too many classes"));
        for (const auto& v : tc.texts) {
            textClass.emplace(v, static_cast<int>(textClass.size()));
            ds.classNames.push_back(v);
        }
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
            if (static_cast<int>(cols[c].texts.size()) > options.maxCategories)
                throw Error(locate(src, 0, static_cast<long>(c + 1),
                    "column \"" + head.columns[c] + "\" holds text with more than " + std::to_string(options.maxCategories)
                        + " distinct values; too many to one-hot encode"));
            e.categories.assign(cols[c].texts.begin(), cols[c].texts.end());
            for (const auto& cat : e.categories)
                ds.featureNames.push_back(head.columns[c] + "=" + cat);
            if (report)
                report->oneHotColumns.push_back(head.columns[c]);
        } else {
            ds.featureNames.push_back(head.columns[c]);
        }
        layout.push_back(std::move(e));
    }
    const auto nf = static_cast<int64_t>(ds.featureNames.size());
    ds.sampleShape = {nf};
    ds.features.assign(static_cast<size_t>(kept) * static_cast<size_t>(nf), 0.0f);
    ds.targets.resize(static_cast<size_t>(kept));

    // Pass 2.
    rows.rewind();
    int64_t k = 0, seen = 0;
    while (rows.next(f, line) && k < kept) {
        if (rowHasMissing(f))
            continue;
        float* row = ds.features.data() + k * nf;
        size_t out = 0;
        for (const auto& e : layout) {
            if (e.categories.empty()) {
                double v = 0;
                parseNumber(f[e.column], decimal, v);
                row[out++] = static_cast<float>(v);
            } else {
                const std::string v(trim(f[e.column]));
                const auto it = std::lower_bound(e.categories.begin(), e.categories.end(), v);
                if (it != e.categories.end() && *it == v)
                    row[out + static_cast<size_t>(it - e.categories.begin())] = 1.0f;
                out += e.categories.size();
            }
        }
        float& t = ds.targets[static_cast<size_t>(k)];
        if (!numeric[target]) {
            const auto it = textClass.find(std::string(trim(f[target])));
            t = it != textClass.end() ? static_cast<float>(it->second) : 0.0f;
        } else {
            double v = 0;
            parseNumber(f[target], decimal, v);
            const auto it = numberClass.find(v);
            t = ds.task == TaskKind::Classification ? static_cast<float>(it != numberClass.end() ? it->second : 0) : static_cast<float>(v);
        }
        ++k;
        if ((++seen & 0xFFF) == 0)
            report01(0.5 + 0.5 * rows.fraction());
    }
    report01(1.0);
    if (report) {
        report->delimiter = head.delimiter;
        report->decimal = decimal;
        report->hasHeader = head.hasHeader;
        report->rowsRead = read;
        report->rowsDropped = read - kept;
        report->targetColumn = ds.targetName;
    }
    return ds;
}

} // namespace

Dataset tableToDataset(const CsvTable& table, const CsvOptions& options, CsvReport* report)
{
    TableRows rows(table);
    return buildDataset(rows, table, options, report, {});
}

Dataset readCsv(const std::string& path, const CsvOptions& options, CsvReport* report, const CsvProgress& progress)
{
    // The first MiB decides the delimiter, decimal mark and header; then the file streams.
    const CsvTable head = readCsvTable(path, options, 200);
    FileRows rows(path, head.delimiter, head.hasHeader);
    return buildDataset(rows, head, options, report, progress);
}

} // namespace nb
