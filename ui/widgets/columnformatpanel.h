#pragma once

#include "models/conversionpreview.h"
#include "schema/valueformat.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace dia::ui {

/// Below the mapping grid: how the selected column's values are written (kind, decimal mark, thousands
/// separator, currency, percent, date order), changeable with the keyboard, and a sample of its first values
/// next to what the load sends for them. Says what the user changed; MappingPage turns it into a FormatChoice.
class ColumnFormatPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnFormatPanel)

public:
    explicit ColumnFormatPanel(QWidget* parent = nullptr);

    /// Shows column `name`'s format; `chosen`: the user's, not the detected one; `editable` false for a skipped
    /// column; `dateOrder`: its dates leave the day/month order open (03/04/2024). Emits nothing.
    void showColumn(
        const QString& name, const schema::ValueFormat& format, bool chosen, bool editable, bool dateOrder = true);
    /// The sample of the shown column; `invalidText` is what a value that does not convert becomes.
    void showSample(const ConversionSample& sample, const QString& invalidText, const QString& note);
    void clearColumn();
    QWidget* firstField() const;
    QWidget* lastField() const;

Q_SIGNALS:
    /// The user changed a field: the column's values are written in `spec` (ValueFormat's text spec).
    void formatEdited(const QString& spec);
    /// "Back to detected": forget the user's format for the column.
    void detectedRequested();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void updateTitle();
    void fillChoices();
    void setFields(const schema::ValueFormat& format);
    void updateVisibility();
    schema::ValueFormat formatFromFields() const;
    void onFieldEdited(QComboBox* changed);

    QComboBox* m_kind;
    QComboBox* m_decimal;
    QComboBox* m_group;
    QLineEdit* m_currency;
    QComboBox* m_percent;
    QComboBox* m_order;
    QPushButton* m_detected;
    QLabel* m_kindLabel;
    QLabel* m_decimalLabel;
    QLabel* m_groupLabel;
    QLabel* m_currencyLabel;
    QLabel* m_percentLabel;
    QLabel* m_orderLabel;
    QLabel* m_example;
    QLabel* m_sampleLabel;
    QTableWidget* m_sample;
    QLabel* m_sampleNote;
    QString m_column;
    schema::ValueFormat m_format;
    bool m_chosen = false;
    bool m_dateOrder = true;
    bool m_filling = false;
};

} // namespace dia::ui
