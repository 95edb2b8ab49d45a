<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>dia::ui::MainWindow</name>
    <message>
        <source>Doris Import Assistant</source>
        <translation>Doris 导入助手</translation>
    </message>
</context>
</TS>
