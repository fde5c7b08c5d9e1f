#pragma once
// One renderer per format, each in its own file. Text formats return the bytes of the whole
// document; writeExport() puts any of them (and the PDF) on disk atomically.

#include "export/atomic_file.h"
#include "export/export_set.h"

#include <QJsonDocument>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace dais::exporting {

enum class Format { Markdown, Html, Pdf, Csv, Json };

/// "md", "html", "pdf", "csv", "json" → Format; nullopt for anything else.
std::optional<Format> parseFormat(const std::string& name);

std::string renderMarkdown(const ExportSet& set);   // markdown_export.cpp (CommonMark)
/// A self-contained HTML document: inline styles, no external resource.
std::string renderHtml(const ExportSet& set);       // html_export.cpp
/// Attendance rows: article, date, mode, position, name, roles (RFC 4180, UTF-8, CRLF).
std::string renderCsv(const ExportSet& set);        // csv_export.cpp
/// The highlights and notes as a W3C Web Annotation collection (JSON-LD).
QJsonDocument renderWebAnnotations(const ExportSet& set); // web_annotation.cpp

/// Renders `set` as `format` and writes it to `path` atomically (atomic_file.h). The PDF
/// needs a QGuiApplication.
Result<Written> writeExport(const ExportSet& set, Format format, const std::filesystem::path& path);

/// Reads a Web Annotation collection written by renderWebAnnotations (or a single annotation,
/// or a plain array of them) back into annotations. Kind::Usage naming what is wrong.
Result<std::vector<store::Annotation>> parseWebAnnotations(const QByteArray& json);

} // namespace dais::exporting
