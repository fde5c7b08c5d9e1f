#pragma once
// A person's record across the library, in a window of its own: every appearance (date,
// article, attendance mode, place in the list, roles), sortable, and the people most often in
// the same lists. It shows what it is given; activating a row asks to open that article.

#include "store/person_queries.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace dais::reader {

class PersonView : public QDialog {
    Q_OBJECT

  public:
    explicit PersonView(QWidget* parent = nullptr);

    void showPerson(const QString& name, const std::vector<store::PersonAppearance>& record,
                    const std::vector<store::CoAttendee>& company);
    QString person() const { return m_name; }
    QTableWidget* record() const { return m_record; }
    QTableWidget* company() const { return m_company; }

  signals:
    void articleRequested(qint64 articleId, const QString& name);
    void personRequested(const QString& name);

  private:
    QString m_name;
    QLabel* m_heading;
    QTableWidget* m_record;
    QTableWidget* m_company;
};

} // namespace dais::reader
