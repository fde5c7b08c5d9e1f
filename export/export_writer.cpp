#include "export/atomic_file.h"
#include "export/formats.h"

namespace dais::exporting {

Result<Written> writePdf(const ExportSet& set, const std::filesystem::path& path); // pdf_export.cpp

std::optional<Format> parseFormat(const std::string& name) {
    if (name == "md" || name == "markdown") return Format::Markdown;
    if (name == "html") return Format::Html;
    if (name == "pdf") return Format::Pdf;
    if (name == "csv") return Format::Csv;
    if (name == "json") return Format::Json;
    return std::nullopt;
}

Result<Written> writeExport(const ExportSet& set, Format format, const std::filesystem::path& path) {
    switch (format) {
    case Format::Markdown: return writeFileAtomically(path, renderMarkdown(set));
    case Format::Html: return writeFileAtomically(path, renderHtml(set));
    case Format::Csv: return writeFileAtomically(path, renderCsv(set));
    case Format::Json: {
        const QByteArray bytes = renderWebAnnotations(set).toJson(QJsonDocument::Indented);
        return writeFileAtomically(path, std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    }
    case Format::Pdf: return writePdf(set, path);
    }
    return Error{Error::Kind::Internal, "unknown format"};
}

} // namespace dais::exporting
