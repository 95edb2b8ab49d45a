<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect to Doris</source>
        <translation>连接到 Doris</translation>
    </message>
    <message>
        <source>Where is your Doris cluster? The FE answers metadata questions over the MySQL protocol and accepts loads over HTTP.</source>
        <translation>您的 Doris 集群在哪里？FE 通过 MySQL 协议提供元数据，并通过 HTTP 接收导入。</translation>
    </message>
    <message>
        <source>Saved &amp;connection:</source>
        <translation>已保存的连接(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>FE &amp;host:</source>
        <translation>FE 主机(&amp;H)：</translation>
    </message>
    <message>
        <source>doris-fe.example.com</source>
        <translation>doris-fe.example.com</translation>
    </message>
    <message>
        <source>FE HTTP &amp;port:</source>
        <translation>FE HTTP 端口(&amp;P)：</translation>
    </message>
    <message>
        <source>FE &amp;MySQL port:</source>
        <translation>FE MySQL 端口(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>root</source>
        <translation>root</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>在系统钥匙串中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>Trust a self-signed certificate (only for clusters you control)</source>
        <translation>信任自签名证书（仅限您管理的集群）</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Use HTTPS (T&amp;LS) for the FE</source>
        <translation>FE 使用 HTTPS (TLS)(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;BE address mapping:</source>
        <translation>BE 地址映射(&amp;B)：</translation>
    </message>
    <message>
        <source>optional, for BEs behind Docker, Kubernetes or NAT: be1.internal:8040=10.0.0.7:8040,…</source>
        <translation>可选，用于 Docker、Kubernetes 或 NAT 之后的 BE：be1.internal:8040=10.0.0.7:8040,…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Needed only when the BEs advertise addresses this machine cannot reach (Docker, Kubernetes, NAT, a cloud network): the FE sends each load on to the address a BE advertises in SHOW BACKENDS.&lt;/p&gt;&lt;p&gt;Map each BE as the FE names it to an address that reaches it from here, separated by commas, exactly as with doris-import --be: &lt;tt&gt;be1.internal:8040=10.0.0.7:8040,be2.internal:8040=10.0.0.8:8040&lt;/tt&gt;. BEs not listed are used as named. A single HOST:PORT sends every load there.&lt;/p&gt;&lt;p&gt;Press Enter to test the BEs again. It is saved with the connection; the password never is.&lt;/p&gt;</source>
        <translation>&lt;p&gt;仅当 BE 公布的地址本机无法访问时才需要（Docker、Kubernetes、NAT、云上网络）：FE 会把每次导入转发到 BE 在 SHOW BACKENDS 中公布的地址。&lt;/p&gt;&lt;p&gt;把 FE 给出的每个 BE 地址映射为本机可以访问的地址，用逗号分隔，写法与 doris-import --be 完全相同：&lt;tt&gt;be1.internal:8040=10.0.0.7:8040,be2.internal:8040=10.0.0.8:8040&lt;/tt&gt;。未列出的 BE 按原地址使用。只写一个 HOST:PORT 时，所有导入都发往该地址。&lt;/p&gt;&lt;p&gt;按回车键重新检测各 BE。映射随连接一起保存，密码从不保存。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DdlPage</name>
    <message>
        <source>Create the table</source>
        <translation>创建表</translation>
    </message>
    <message>
        <source>This is the CREATE TABLE the assistant proposes. Adjust the options or edit the text, then create the table.</source>
        <translation>这是助手建议的 CREATE TABLE 语句。调整选项或直接编辑文本，然后创建表。</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>数据模型(&amp;M)：</translation>
    </message>
    <message>
        <source>AUTO</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>&amp;Replicas:</source>
        <translation>副本数(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;generate</source>
        <translation>重新生成(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Create &amp;table</source>
        <translation>创建表(&amp;T)</translation>
    </message>
    <message>
        <source>B&amp;uckets:</source>
        <translation>分桶数(&amp;U)：</translation>
    </message>
    <message>
        <source>How many copies of each tablet Doris keeps, each on a BE of its own. Proposed: the alive BEs, at most 3. Three copies keep the data when a disk or a BE is lost; Doris refuses more copies than alive BEs.</source>
        <translation>Doris 为每个 tablet 保存的副本数，每个副本位于不同的 BE 上。建议值：存活 BE 数，最多 3。三个副本在丢失一块磁盘或一个 BE 时仍能保住数据；副本数多于存活 BE 时 Doris 会拒绝建表。</translation>
    </message>
</context>
<context>
    <name>LoadPage</name>
    <message>
        <source>Load</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The file is sent in chunks, each a Stream Load with its own label, so a retry or a resumed load never loads a row twice.</source>
        <translation>文件按分块发送，每块都是带独立标签的 Stream Load，因此重试或续传永远不会重复导入同一行。</translation>
    </message>
    <message>
        <source>C&amp;hunk size (MiB):</source>
        <translation>分块大小 (MiB)(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Parallel loads:</source>
        <translation>并行导入数(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;All or nothing</source>
        <translation>全部或全不(&amp;A)</translation>
    </message>
    <message>
        <source>Two-phase commit: every chunk is prepared first and committed only when all are, so a failed import leaves the table untouched.</source>
        <translation>两阶段提交：所有分块先预提交，全部成功后才提交，导入失败时表保持不变。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>续传(&amp;R)</translation>
    </message>
    <message>
        <source>Max filter ra&amp;tio:</source>
        <translation>最大过滤比例(&amp;T)：</translation>
    </message>
    <message>
        <source>Str&amp;ict</source>
        <translation>严格模式(&amp;I)</translation>
    </message>
    <message>
        <source>Co&amp;mpression:</source>
        <translation>压缩(&amp;M)：</translation>
    </message>
    <message>
        <source>&lt;p&gt;How the chunks travel to the BEs; Doris decompresses them itself (compress_type).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Automatic&lt;/b&gt;: the first chunk goes uncompressed and measures the link; the rest are compressed only when the link, not the CPU, is the limit (VPN, office Wi-Fi, a cluster in a distant data centre), and never when that would be slower. On a LAN they stay uncompressed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;gzip&lt;/b&gt;: the smallest on the wire, the most CPU. &lt;b&gt;LZ4&lt;/b&gt;: fast, a little larger. &lt;b&gt;None&lt;/b&gt;: plain bytes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;分块以何种形式传到 BE；Doris 会自行解压（compress_type）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;自动&lt;/b&gt;：第一个分块不压缩发送并测量链路；只有当瓶颈在链路而不是 CPU 时（VPN、办公室 Wi-Fi、远方数据中心的集群），其余分块才会压缩，且绝不会因此变慢。在局域网中保持不压缩。&lt;/p&gt;&lt;p&gt;&lt;b&gt;gzip&lt;/b&gt;：传输量最小，CPU 开销最大。&lt;b&gt;LZ4&lt;/b&gt;：速度快，体积稍大。&lt;b&gt;无&lt;/b&gt;：原始字节，不压缩。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Target table and columns</source>
        <translation>目标表与列</translation>
    </message>
    <message>
        <source>Create a new table or load into an existing one. Each column&apos;s type is proposed from the whole file; hover a type to see why.</source>
        <translation>新建表或导入到已有表。每列的类型根据整个文件推断；将鼠标悬停在类型上可查看原因。</translation>
    </message>
    <message>
        <source>E&amp;xisting table</source>
        <translation>已有表(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>表(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Strict mode (reject values that do not convert instead of loading NULL)</source>
        <translation>严格模式(&amp;S)（拒绝无法转换的值，而不是导入为 NULL）</translation>
    </message>
    <message>
        <source>&amp;Check rows</source>
        <translation>检查行(&amp;C)</translation>
    </message>
    <message>
        <source>Ne&amp;w table</source>
        <translation>新建表(&amp;W)</translation>
    </message>
    <message>
        <source>T&amp;ight types (just wide enough for the values in this file)</source>
        <translation>紧凑类型(&amp;I)（刚好容纳本文件中的值）</translation>
    </message>
    <message>
        <source>Off: roomy types that also fit next month&apos;s data (INT or BIGINT, DECIMAL with 18 digits, VARCHAR four times the longest value). On: the narrowest types that fit this file. Proposes the types again.</source>
        <translation>关闭：宽松的类型，下个月的数据也能放下（INT 或 BIGINT、18 位精度的 DECIMAL、最长值四倍的 VARCHAR）。打开：刚好容纳本文件的最窄类型。会重新推荐类型。</translation>
    </message>
    <message>
        <source>Load empty cells as empty text, not NU&amp;LL</source>
        <translation>空单元格导入为空文本而不是 NULL(&amp;L)</translation>
    </message>
    <message>
        <source>Off: an empty cell loads as NULL in every nullable column. On: empty cells of nullable text columns load as &apos;&apos; (empty text).</source>
        <translation>关闭：空单元格在所有可为空的列中导入为 NULL。打开：可为空的文本列中的空单元格导入为 &apos;&apos;（空文本）。</translation>
    </message>
    <message>
        <source>Max filter &amp;ratio:</source>
        <translation>最大过滤比例(&amp;R)：</translation>
    </message>
    <message>
        <source>Time &amp;zone for date-times with an offset or Z:</source>
        <translation>带时区偏移或 Z 的日期时间所用时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>The zone values like 2024-07-01T12:00:00+02:00 are converted to before loading. Pick one, or type an IANA name (Europe/Berlin) or an offset (+05:30).</source>
        <translation>导入前，2024-07-01T12:00:00+02:00 这样的值会被转换到此时区。请选择一个，或输入 IANA 名称（Europe/Berlin）或偏移量（+05:30）。</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Open a CSV, TSV, TXT, XLSX or XLS file, or drop it here. The encoding and layout are detected; change any of them and the preview follows.</source>
        <translation>打开 CSV、TSV、TXT、XLSX 或 XLS 文件，或将文件拖放到此处。编码和格式会自动检测；修改任何选项，预览随即更新。</translation>
    </message>
    <message>
        <source>Drop a file here or browse</source>
        <translation>将文件拖放到此处或浏览</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation>文件读取方式</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>工作表(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>引号(&amp;Q)：</translation>
    </message>
    <message>
        <source>S&amp;kip lines:</source>
        <translation>跳过行数(&amp;K)：</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Stop scan</source>
        <translation>停止扫描</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What was loaded, and every row Doris rejected with its line in your file and the reason.</source>
        <translation>已导入的内容，以及 Doris 拒绝的每一行：在文件中的行号和原因。</translation>
    </message>
    <message>
        <source>C&amp;hunk:</source>
        <translation>分块(&amp;H)：</translation>
    </message>
    <message>
        <source>Search reasons and rows</source>
        <translation>搜索原因和行内容</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export rejected rows…</source>
        <translation>导出被拒绝的行(&amp;E)…</translation>
    </message>
    <message>
        <source>Open error log in &amp;browser</source>
        <translation>在浏览器中打开错误日志(&amp;B)</translation>
    </message>
</context>
<context>
    <name>dia::ByteSize</name>
    <message>
        <source>&apos;%1&apos; is not a size.</source>
        <translation>“%1”不是有效的大小。</translation>
    </message>
    <message>
        <source>Use a number with an optional unit, e.g. 64MiB, 100MB or 1048576.</source>
        <translation>请使用数字加可选单位，例如 64MiB、100MB 或 1048576。</translation>
    </message>
</context>
<context>
    <name>dia::SpreadsheetCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>请选择一个您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Check the free disk space and try again.</source>
        <translation>请检查磁盘剩余空间后重试。</translation>
    </message>
</context>
<context>
    <name>dia::cli</name>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>环境变量 %1 未设置。</translation>
    </message>
    <message>
        <source>Export it before running, or leave out --password-env to be asked.</source>
        <translation>请在运行前 export 该变量，或不使用 --password-env 以便在提示时输入密码。</translation>
    </message>
    <message>
        <source>Doris FE HTTP address, e.g. http://10.0.0.5:8030.</source>
        <translation>Doris FE 的 HTTP 地址，例如 http://10.0.0.5:8030。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>FE MySQL address HOST:PORT (default: the FE host, port 9030).</source>
        <translation>FE 的 MySQL 地址 HOST:PORT（默认：FE 主机，端口 9030）。</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>Doris user (default root).</source>
        <translation>Doris 用户（默认 root）。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>Read the password from this environment variable (default DORIS_PASSWORD, else a prompt).</source>
        <translation>从此环境变量读取密码（默认 DORIS_PASSWORD，否则提示输入）。</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>Accept the FE&apos;s self-signed HTTPS certificate.</source>
        <translation>接受 FE 的自签名 HTTPS 证书。</translation>
    </message>
    <message>
        <source>Seconds without progress before a request is abandoned (default 300).</source>
        <translation>请求无进展多少秒后放弃（默认 300）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>--fe is required.</source>
        <translation>必须指定 --fe。</translation>
    </message>
    <message>
        <source>Give the FE HTTP address, e.g. --fe http://10.0.0.5:8030.</source>
        <translation>请提供 FE 的 HTTP 地址，例如 --fe http://10.0.0.5:8030。</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds above 0.</source>
        <translation>--timeout 需要大于 0 的秒数。</translation>
    </message>
    <message>
        <source>Workbook sheet, by name or 0-based index.</source>
        <translation>工作簿中的工作表，按名称或从 0 开始的序号指定。</translation>
    </message>
    <message>
        <source>NAME|INDEX</source>
        <translation>NAME|INDEX</translation>
    </message>
    <message>
        <source>Text encoding (UTF-8, GB18030, Big5, Shift_JIS, ...).</source>
        <translation>文本编码（UTF-8、GB18030、Big5、Shift_JIS 等）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Field delimiter (may be several characters; \t, \x01).</source>
        <translation>字段分隔符（可以是多个字符；\t、\x01）。</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Quote character, or &apos;none&apos;.</source>
        <translation>引号字符，或 &apos;none&apos;。</translation>
    </message>
    <message>
        <source>The first (non-skipped) line is a header.</source>
        <translation>第一个（未被跳过的）行是表头。</translation>
    </message>
    <message>
        <source>There is no header line.</source>
        <translation>没有表头行。</translation>
    </message>
    <message>
        <source>Lines above the header to skip.</source>
        <translation>表头之前要跳过的行数。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--delimiter must not be empty.</source>
        <translation>--delimiter 不能为空。</translation>
    </message>
    <message>
        <source>--quote must be one ASCII character or &apos;none&apos;.</source>
        <translation>--quote 必须是单个 ASCII 字符或 &apos;none&apos;。</translation>
    </message>
    <message>
        <source>--header and --no-header exclude each other.</source>
        <translation>--header 和 --no-header 不能同时使用。</translation>
    </message>
    <message>
        <source>--skip-lines needs a number of lines (0 or more).</source>
        <translation>--skip-lines 需要一个行数（0 或更大）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not DATABASE.TABLE.</source>
        <translation>“%1”不是 DATABASE.TABLE 格式。</translation>
    </message>
    <message>
        <source>Name the target as --table DATABASE.TABLE.</source>
        <translation>请以 --table DATABASE.TABLE 的形式指定目标表。</translation>
    </message>
    <message>
        <source>No load journal of %1.%2 has a chunk labelled %3.</source>
        <translation>%1.%2 的导入日志中没有标签为 %3 的分块。</translation>
    </message>
    <message>
        <source>Give the load&apos;s journal with --journal, or the chunk&apos;s error_url with --url.</source>
        <translation>请用 --journal 指定该导入的日志，或用 --url 指定该分块的 error_url。</translation>
    </message>
    <message>
        <source>doris-import load: created %1.%2:
%3
</source>
        <translation>doris-import load: 已创建 %1.%2：
%3
</translation>
    </message>
    <message>
        <source>Create the table yourself (doris-import ddl FILE prints the statement to adapt).</source>
        <translation>请自行创建表（doris-import ddl FILE 会输出可供修改的建表语句）。</translation>
    </message>
    <message>
        <source>row filtered</source>
        <translation>整行被过滤</translation>
    </message>
    <message>
        <source>value becomes NULL</source>
        <translation>值变为 NULL</translation>
    </message>
    <message>
        <source>value cut to the column length</source>
        <translation>值被截断为列长度</translation>
    </message>
    <message>
        <source>    line %1: %2
</source>
        <translation>    第 %1 行：%2
</translation>
    </message>
    <message>
        <source>Send Stream Loads to this BE HTTP address instead of the one the FE names (Docker, NAT), or map each BE as advertised to an address reachable from here: &apos;be1:8040=127.0.0.1:18040,be2:8040=127.0.0.1:18041&apos;.</source>
        <translation>将 Stream Load 发往此 BE HTTP 地址，而不是 FE 给出的地址（Docker、NAT），或把 FE 公布的每个 BE 映射到从本机可达的地址：&apos;be1:8040=127.0.0.1:18040,be2:8040=127.0.0.1:18041&apos;。</translation>
    </message>
    <message>
        <source>HOST:PORT|MAP</source>
        <translation>主机:端口|映射</translation>
    </message>
    <message>
        <source>doris-import load: %1
</source>
        <translation>doris-import load: %1
</translation>
    </message>
    <message>
        <source>doris-import load: %1 The table gets ASCII column names instead.
</source>
        <translation>doris-import load: %1 表将改用 ASCII 列名。
</translation>
    </message>
    <message>
        <source>it has no column for %1</source>
        <translation>它没有对应 %1 的列</translation>
    </message>
    <message>
        <source>its columns %1 would get no value</source>
        <translation>它的列 %1 将得不到值</translation>
    </message>
    <message>
        <source>%1.%2 already exists with other columns than this file&apos;s (%3); nothing was loaded.</source>
        <translation>%1.%2 已存在，但其列与此文件不同（%3）；未导入任何数据。</translation>
    </message>
    <message>
        <source>Choose a new table name with --table, load without --create to map the columns by position, or drop the table first.</source>
        <translation>请用 --table 指定新表名，或不带 --create 导入以按位置对应列，或先删除该表。</translation>
    </message>
    <message>
        <source>stored as a different value</source>
        <translation>存储为不同的值</translation>
    </message>
    <message>
        <source>How COLUMN&apos;s values are written, instead of the detected format; repeatable. SPEC is text, boolean, number;decimal=.|,;group=none|.|,|&apos;|space[;currency=SYMBOL][;percent=ratio|points], or date|datetime;order=mdy|dmy[;tz=ZONE]. COLUMN is a header, a column name or a 1-based number.</source>
        <translation>COLUMN 列的值的写法，代替检测到的格式；可重复。SPEC 为 text、boolean、number;decimal=.|,;group=none|.|,|&apos;|space[;currency=SYMBOL][;percent=ratio|points]，或 date|datetime;order=mdy|dmy[;tz=ZONE]。COLUMN 为表头、列名或从 1 开始的序号。</translation>
    </message>
    <message>
        <source>COLUMN:SPEC</source>
        <translation>列:格式</translation>
    </message>
    <message>
        <source>Types just wide enough for the values seen (TINYINT, VARCHAR(16), DECIMAL(7,2)) instead of roomy ones (INT, VARCHAR of at least 64 bytes and 4x the longest value, DECIMAL of at least 18 digits).</source>
        <translation>使用刚好容纳所见值的类型（TINYINT、VARCHAR(16)、DECIMAL(7,2)），而不是留有余量的类型（INT、至少 64 字节且为最长值 4 倍的 VARCHAR、至少 18 位的 DECIMAL）。</translation>
    </message>
    <message>
        <source>Read ambiguous dates like 03/04/2024 as mdy (default) or dmy.</source>
        <translation>将 03/04/2024 这类有歧义的日期按 mdy（默认）或 dmy 解析。</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>ORDER</translation>
    </message>
    <message>
        <source>Load values written with % as a ratio (12% -&gt; 0.12, default) or as points (12% -&gt; 12).</source>
        <translation>带 % 的值按比例导入（12% -&gt; 0.12，默认）或按百分点导入（12% -&gt; 12）。</translation>
    </message>
    <message>
        <source>ratio|points</source>
        <translation>ratio|points</translation>
    </message>
    <message>
        <source>Time zone that date-times written with an offset or Z are converted to (IANA name such as Europe/Berlin, UTC, or +hh:mm; default: the cluster&apos;s time_zone when loading, UTC for predictions made without a cluster).</source>
        <translation>带时区偏移或 Z 的日期时间要转换到的时区（IANA 名称如 Europe/Berlin、UTC 或 +hh:mm；默认：导入时用集群的 time_zone，无集群的预测用 UTC）。</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>--date-order must be mdy or dmy.</source>
        <translation>--date-order 必须是 mdy 或 dmy。</translation>
    </message>
    <message>
        <source>--percent must be ratio or points.</source>
        <translation>--percent 只能是 ratio 或 points。</translation>
    </message>
    <message>
        <source>--timezone: unknown time zone &quot;%1&quot;.</source>
        <translation>--timezone：未知时区“%1”。</translation>
    </message>
    <message>
        <source>Use an IANA name such as Asia/Shanghai or Europe/Berlin, UTC, or an offset like +08:00.</source>
        <translation>请使用 IANA 名称（如 Asia/Shanghai 或 Europe/Berlin）、UTC，或 +08:00 这样的偏移。</translation>
    </message>
    <message>
        <source>--format: the file has no column &quot;%1&quot;.</source>
        <translation>--format：文件中没有列“%1”。</translation>
    </message>
    <message>
        <source>Name a header (%1), a column name or a number from 1 to %2.</source>
        <translation>请指定表头（%1）、列名或 1 到 %2 的序号。</translation>
    </message>
    <message>
        <source>expected exactly one FILE.</source>
        <translation>需要且只能指定一个 FILE。</translation>
    </message>
</context>
<context>
    <name>dia::cli::DdlCommand</name>
    <message>
        <source>Print the CREATE TABLE proposed for a file.</source>
        <translation>输出为文件建议的 CREATE TABLE 语句。</translation>
    </message>
    <message>
        <source>CSV, TSV, TXT, XLSX or XLS file.</source>
        <translation>CSV、TSV、TXT、XLSX 或 XLS 文件。</translation>
    </message>
    <message>
        <source>Target table as DB.TABLE (default: a name made from the file name, no database).</source>
        <translation>目标表，格式为 DB.TABLE（默认：根据文件名生成的表名，不含数据库）。</translation>
    </message>
    <message>
        <source>DB.TABLE</source>
        <translation>DB.TABLE</translation>
    </message>
    <message>
        <source>Data model: duplicate (default) or unique.</source>
        <translation>数据模型：duplicate（默认）或 unique。</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODEL</translation>
    </message>
    <message>
        <source>Key columns, comma-separated (column names or file headers). Required for --model unique.</source>
        <translation>键列，以逗号分隔（列名或文件表头）。--model unique 时必填。</translation>
    </message>
    <message>
        <source>COL,...</source>
        <translation>COL,...</translation>
    </message>
    <message>
        <source>Bucket count, or &apos;auto&apos; (default).</source>
        <translation>分桶数，或 &apos;auto&apos;（默认）。</translation>
    </message>
    <message>
        <source>N|auto</source>
        <translation>N|auto</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Machine-readable output on stdout.</source>
        <translation>在 stdout 上输出机器可读的结果。</translation>
    </message>
    <message>
        <source>--table needs DB.TABLE or TABLE.</source>
        <translation>--table 需要 DB.TABLE 或 TABLE。</translation>
    </message>
    <message>
        <source>--model must be duplicate or unique.</source>
        <translation>--model 必须是 duplicate 或 unique。</translation>
    </message>
    <message>
        <source>--buckets needs a positive number or &apos;auto&apos;.</source>
        <translation>--buckets 需要一个正数或 &apos;auto&apos;。</translation>
    </message>
    <message>
        <source>--replication needs a number of replicas (1 or more).</source>
        <translation>--replication 需要副本数（1 或更多）。</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>注意：%1
</translation>
    </message>
    <message>
        <source>replication_num (default: min(3, alive BEs) when connected with --fe, else 1).</source>
        <translation>replication_num（默认：用 --fe 连接时为 min(3, 存活 BE 数)，否则为 1）。</translation>
    </message>
    <message>
        <source>Keep headers in any script as column names (日期 instead of column_1); the statement is then preceded by SET enable_unicode_name_support = true, which must run in the same session.</source>
        <translation>保留任意文字的表头作为列名（日期 而非 column_1）；语句前会加上 SET enable_unicode_name_support = true，它必须在同一会话中执行。</translation>
    </message>
    <message>
        <source>replication_num %1: given with --replication.</source>
        <translation>replication_num %1：由 --replication 指定。</translation>
    </message>
</context>
<context>
    <name>dia::cli::ErrorsCommand</name>
    <message>
        <source>Show the rows Doris filtered in a load, from its ErrorURL or label.</source>
        <translation>根据 ErrorURL 或标签，显示 Doris 在某次导入中过滤掉的行。</translation>
    </message>
    <message>
        <source>The ErrorURL of a load (its chunk&apos;s error_url).</source>
        <translation>某次导入的 ErrorURL（即其分块的 error_url）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The label of a chunk loaded by doris-import.</source>
        <translation>由 doris-import 导入的某个分块的标签。</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>The chunk&apos;s table as DATABASE.TABLE (with --label).</source>
        <translation>该分块所属的表，格式为 DATABASE.TABLE（与 --label 一起使用）。</translation>
    </message>
    <message>
        <source>DB.TABLE</source>
        <translation>DB.TABLE</translation>
    </message>
    <message>
        <source>The load&apos;s journal (with --label; default: search the data folder).</source>
        <translation>该导入的日志（与 --label 一起使用；默认：在数据文件夹中查找）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>One JSON object per filtered row on stdout.</source>
        <translation>在 stdout 上为每个被过滤的行输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>give either --url URL or --label LABEL --table DATABASE.TABLE.</source>
        <translation>请指定 --url URL，或者 --label LABEL --table DATABASE.TABLE。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>--label needs --table DATABASE.TABLE.</source>
        <translation>--label 需要配合 --table DATABASE.TABLE。</translation>
    </message>
    <message>
        <source>doris-import errors: chunk %1 has no filtered rows.
</source>
        <translation>doris-import errors: 分块 %1 没有被过滤的行。
</translation>
    </message>
    <message>
        <source>line ?</source>
        <translation>行号未知</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>doris-import errors: Doris logged only the first rows of this load; more were filtered.
</source>
        <translation>doris-import errors: Doris 只记录了这次导入的前若干行，实际被过滤的行更多。
</translation>
    </message>
</context>
<context>
    <name>dia::cli::InspectCommand</name>
    <message>
        <source>Detect a file&apos;s format, encoding and dialect, scan it and describe its columns.</source>
        <translation>检测文件的格式、编码和方言，扫描文件并描述其各列。</translation>
    </message>
    <message>
        <source>CSV, TSV, TXT, XLSX or XLS file.</source>
        <translation>CSV、TSV、TXT、XLSX 或 XLS 文件。</translation>
    </message>
    <message>
        <source>Machine-readable output on stdout.</source>
        <translation>在 stdout 上输出机器可读的结果。</translation>
    </message>
    <message>
        <source>File:        %1
</source>
        <translation>文件：       %1
</translation>
    </message>
    <message>
        <source>Format:      %1
</source>
        <translation>格式：       %1
</translation>
    </message>
    <message>
        <source>Encoding:    %1%2 (confidence %3)
</source>
        <translation>编码：       %1%2（置信度 %3）
</translation>
    </message>
    <message>
        <source> with BOM</source>
        <translation>（带 BOM）</translation>
    </message>
    <message>
        <source>Delimiter:   &quot;%1&quot;
</source>
        <translation>分隔符：     &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>Quote:       %1
</source>
        <translation>引号：       %1
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Line ending: %1
</source>
        <translation>换行符：     %1
</translation>
    </message>
    <message>
        <source>Sheets:      %1
</source>
        <translation>工作表列表： %1
</translation>
    </message>
    <message>
        <source>Sheet:       %1
</source>
        <translation>工作表：     %1
</translation>
    </message>
    <message>
        <source>Header:      %1
</source>
        <translation>表头：       %1
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Skip lines:  %1
</source>
        <translation>跳过行数：   %1
</translation>
    </message>
    <message>
        <source>Rows:        %1
</source>
        <translation>行数：       %1
</translation>
    </message>
    <message>
        <source>Bytes:       %1
</source>
        <translation>字节数：     %1
</translation>
    </message>
    <message>
        <source>Columns (%1):
</source>
        <translation>列（%1）：
</translation>
    </message>
    <message>
        <source>Warnings (%1):
</source>
        <translation>警告（%1）：
</translation>
    </message>
    <message>
        <source>  ... and %1 more (use --json to see up to 1000)
</source>
        <translation>  ……另有 %1 条（使用 --json 最多可查看 1000 条）
</translation>
    </message>
    <message>
        <source>Only count rows and find problems (faster): do not infer the columns&apos; Doris types.</source>
        <translation>只统计行数并查找问题（更快）：不推断各列的 Doris 类型。</translation>
    </message>
</context>
<context>
    <name>dia::cli::LoadCommand</name>
    <message>
        <source>Load a file into a Doris table with chunked, exactly-once Stream Loads.</source>
        <translation>使用分块、恰好一次的 Stream Load 将文件导入 Doris 表。</translation>
    </message>
    <message>
        <source>CSV, TSV, TXT, XLSX or XLS file.</source>
        <translation>CSV、TSV、TXT、XLSX 或 XLS 文件。</translation>
    </message>
    <message>
        <source>Target table as DATABASE.TABLE.</source>
        <translation>目标表，格式为 DATABASE.TABLE。</translation>
    </message>
    <message>
        <source>DB.TABLE</source>
        <translation>DB.TABLE</translation>
    </message>
    <message>
        <source>Run an import saved by the assistant (File &gt; Save recipe); options given here win.</source>
        <translation>运行助手保存的导入（文件 &gt; 保存导入方案）；此处给出的选项优先。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Create the table when it does not exist, with the columns and types inferred from the file.</source>
        <translation>表不存在时自动创建，列和类型根据文件推断。</translation>
    </message>
    <message>
        <source>Bytes per Stream Load (default 100MiB).</source>
        <translation>每次 Stream Load 的字节数（默认 100MiB）。</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Rows per Stream Load at most (default 1000000).</source>
        <translation>每次 Stream Load 的最大行数（默认 1000000）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Parallel Stream Loads (default: one per alive BE, at most %1).</source>
        <translation>并行 Stream Load 数（默认：每个存活的 BE 一个，最多 %1 个）。</translation>
    </message>
    <message>
        <source>Prefix of the chunk labels (default dia).</source>
        <translation>分块标签的前缀（默认 dia）。</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Fraction of rows per chunk Doris may filter (0..1, default 0).</source>
        <translation>每个分块中 Doris 可以过滤的行的比例（0..1，默认 0）。</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Doris strict mode: filter rows whose values do not convert.</source>
        <translation>Doris 严格模式：过滤值无法转换的行。</translation>
    </message>
    <message>
        <source>Time zone for time conversions, e.g. Asia/Shanghai.</source>
        <translation>时间转换所用的时区，例如 Asia/Shanghai。</translation>
    </message>
    <message>
        <source>TZ</source>
        <translation>TZ</translation>
    </message>
    <message>
        <source>All or nothing: prepare every chunk (two-phase commit) and commit only when all succeeded.</source>
        <translation>全部或全不：所有分块先预提交（两阶段提交），全部成功后才提交。</translation>
    </message>
    <message>
        <source>Journal file for --resume (default: one per file and options in the user&apos;s data folder).</source>
        <translation>供 --resume 使用的导入日志文件（默认：在用户数据文件夹中，每个文件和选项组合一个）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Continue an interrupted load: verify chunks that may have committed and send the rest.</source>
        <translation>继续被中断的导入：核对可能已提交的分块，并发送其余分块。</translation>
    </message>
    <message>
        <source>Final report as JSON on stdout; progress as JSON lines on stderr.</source>
        <translation>最终报告以 JSON 格式输出到 stdout；进度以 JSON 行输出到 stderr。</translation>
    </message>
    <message>
        <source>expected exactly one FILE.</source>
        <translation>需要且只能指定一个 FILE。</translation>
    </message>
    <message>
        <source>--table DATABASE.TABLE is required.</source>
        <translation>必须指定 --table DATABASE.TABLE。</translation>
    </message>
    <message>
        <source>--chunk-size needs a size such as 100MiB.</source>
        <translation>--chunk-size 需要一个大小，例如 100MiB。</translation>
    </message>
    <message>
        <source>--chunk-rows needs a number of rows above 0.</source>
        <translation>--chunk-rows 需要大于 0 的行数。</translation>
    </message>
    <message>
        <source>--parallel needs a number from 1 to 64.</source>
        <translation>--parallel 需要 1 到 64 之间的数字。</translation>
    </message>
    <message>
        <source>Fix the recipe&apos;s column types in the assistant, or create the table yourself.</source>
        <translation>请在助手中修正导入方案中的列类型，或自行创建表。</translation>
    </message>
    <message>
        <source>Create the table first (doris-import ddl FILE prints a CREATE TABLE for it).</source>
        <translation>请先创建表（doris-import ddl FILE 会为其输出一条 CREATE TABLE 语句）。</translation>
    </message>
    <message>
        <source>doris-import load: warning: the file has %1 columns and %2.%3 has %4; they are matched by position.
</source>
        <translation>doris-import load: 警告：文件有 %1 列，而 %2.%3 有 %4 列；将按位置匹配。
</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows loaded, %4 filtered, %5 chunks, %6 in %7 s (journal %8)
</source>
        <translation>%1：已导入 %3 行中的 %2 行，过滤 %4 行，%5 个分块，%7 秒内传输 %6（导入日志 %8）
</translation>
    </message>
    <message>
        <source>  chunk %1 (%2, line %3): %4%5%6
</source>
        <translation>  分块 %1（%2，第 %3 行）：%4%5%6
</translation>
    </message>
    <message>
        <source>--max-filter-ratio needs a number between 0 and 1.</source>
        <translation>--max-filter-ratio 需要 0 到 1 之间的数字。</translation>
    </message>
    <message>
        <source>With --create: keep headers in any script as column names (日期 instead of column_1); the session sets enable_unicode_name_support first, and a Doris that refuses it gets ASCII names.</source>
        <translation>与 --create 一起使用：保留任意文字的表头作为列名（日期 而非 column_1）；会话会先设置 enable_unicode_name_support，拒绝该设置的 Doris 将得到 ASCII 列名。</translation>
    </message>
    <message>
        <source>Load empty fields as empty text (&apos;&apos;) instead of NULL in nullable columns.</source>
        <translation>在可为空的列中将空字段导入为空文本（&apos;&apos;）而非 NULL。</translation>
    </message>
    <message>
        <source>Convert values the way the file writes them (decimal commas, grouping, currency, percent, dates with offsets, yes/no, N/A) into what Doris parses, also when loading into an existing table; --create always does. Costs one pass over the file before loading.</source>
        <translation>按文件的写法（小数逗号、千位分组、货币、百分比、带偏移的日期、是/否、N/A）把值转换为 Doris 能解析的形式，导入已有表时也转换；--create 总是转换。导入前需多读一遍文件。</translation>
    </message>
    <message>
        <source>Compress chunk bodies on the wire: auto (measure the first chunk, compress when the link is the limit), gz, lz4 or none (default).</source>
        <translation>压缩传输中的分块数据：auto（测量第一个分块，链路成为瓶颈时压缩）、gz、lz4 或 none（默认）。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>doris-import load: note: %1 was already loaded into %2.%3 at %4 (%5 rows); loading it again.
</source>
        <translation>doris-import load: 注意：%1 已于 %4 导入 %2.%3（%5 行）；将再次导入。
</translation>
    </message>
    <message>
        <source>  compression: %1 - %2
</source>
        <translation>  压缩：%1 - %2
</translation>
    </message>
    <message>
        <source>  BE %1: %2 chunks, %3 rows, %4, %5 MB/s per stream
</source>
        <translation>  BE %1：%2 个分块，%3 行，%4，每个流 %5 MB/s
</translation>
    </message>
    <message>
        <source>  chunk %1 retried: %2
</source>
        <translation>  分块 %1 重试：%2
</translation>
    </message>
</context>
<context>
    <name>dia::cli::PreflightCommand</name>
    <message>
        <source>Predict which rows Doris would filter or turn into NULL, without loading.</source>
        <translation>预测 Doris 会过滤哪些行或将哪些值变为 NULL，而不实际导入。</translation>
    </message>
    <message>
        <source>CSV, TSV, TXT, XLSX or XLS file.</source>
        <translation>CSV、TSV、TXT、XLSX 或 XLS 文件。</translation>
    </message>
    <message>
        <source>Target table as DB.TABLE (shown in the report).</source>
        <translation>目标表，格式为 DB.TABLE（显示在报告中）。</translation>
    </message>
    <message>
        <source>DB.TABLE</source>
        <translation>DB.TABLE</translation>
    </message>
    <message>
        <source>Predict with strict_mode=true.</source>
        <translation>按 strict_mode=true 进行预测。</translation>
    </message>
    <message>
        <source>Doris max_filter_ratio, 0..1 (default 0).</source>
        <translation>Doris 的 max_filter_ratio，0..1（默认 0）。</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Column types instead of the inferred ones: name:TYPE[ NOT NULL],... (names or file headers).</source>
        <translation>用于替代推断结果的列类型：name:TYPE[ NOT NULL],...（列名或文件表头）。</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>A field text that reaches Doris as NULL (default only \N); repeatable.</source>
        <translation>到达 Doris 时被视为 NULL 的字段文本（默认仅 \N）；可重复指定。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Check non-ISO dates as the ISO text the loader rewrites them to.</source>
        <translation>将非 ISO 格式的日期按导入程序改写后的 ISO 文本进行检查。</translation>
    </message>
    <message>
        <source>Machine-readable output on stdout.</source>
        <translation>在 stdout 上输出机器可读的结果。</translation>
    </message>
    <message>
        <source>--table needs DB.TABLE or TABLE.</source>
        <translation>--table 需要 DB.TABLE 或 TABLE。</translation>
    </message>
    <message>
        <source>--max-filter-ratio needs a number between 0 and 1.</source>
        <translation>--max-filter-ratio 需要 0 到 1 之间的数字。</translation>
    </message>
    <message>
        <source>--types entries look like name:TYPE, got &apos;%1&apos;.</source>
        <translation>--types 的条目应形如 name:TYPE，实际为“%1”。</translation>
    </message>
    <message>
        <source>--types: %1</source>
        <translation>--types：%1</translation>
    </message>
    <message>
        <source>--types: the file has no column &apos;%1&apos;.</source>
        <translation>--types：文件中没有列“%1”。</translation>
    </message>
    <message>
        <source>Rows: %1, filtered: %2 (%3 %), max_filter_ratio %4, strict mode %5
</source>
        <translation>行数：%1，过滤：%2（%3 %），max_filter_ratio %4，严格模式 %5
</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Prediction: the load passes.
</source>
        <translation>预测：导入将成功。
</translation>
    </message>
    <message>
        <source>Prediction: the load FAILS with &quot;too many filtered rows&quot;.
</source>
        <translation>预测：导入将失败，报错 &quot;too many filtered rows&quot;。
</translation>
    </message>
    <message>
        <source>Rows with the wrong number of fields:
</source>
        <translation>字段数不正确的行：
</translation>
    </message>
    <message>
        <source>Column %1 (%2 %3):
</source>
        <translation>列 %1（%2 %3）：
</translation>
    </message>
    <message>
        <source>Predict a load of the values exactly as written (no format conversion by the client): shows what Doris 2.1 does with grouped, currency or percent numbers in DECIMAL columns.</source>
        <translation>按原样预测导入（客户端不做格式转换）：显示 Doris 2.1 如何处理 DECIMAL 列中带分组、货币或百分号的数字。</translation>
    </message>
    <message>
        <source>Empty cells of nullable text columns load as &apos;&apos; instead of NULL.</source>
        <translation>可为空的文本列中的空单元格导入为 &apos;&apos; 而非 NULL。</translation>
    </message>
</context>
<context>
    <name>dia::doris</name>
    <message>
        <source>&apos;%1&apos; is not a valid HOST:PORT address.</source>
        <translation>“%1”不是有效的 HOST:PORT 地址。</translation>
    </message>
    <message>
        <source>Write IPv6 addresses as [::1]:8040.</source>
        <translation>IPv6 地址请写成 [::1]:8040。</translation>
    </message>
    <message>
        <source>Give a host name or IP address and a port, e.g. 10.0.0.5:8040.</source>
        <translation>请提供主机名或 IP 地址以及端口，例如 10.0.0.5:8040。</translation>
    </message>
    <message>
        <source>The FE&apos;s label state answer is not JSON: %1</source>
        <translation>FE 返回的标签状态不是 JSON：%1</translation>
    </message>
    <message>
        <source>The FE could not report the label state: %1</source>
        <translation>FE 无法报告标签状态：%1</translation>
    </message>
    <message>
        <source>Doris answered with something that is not a load result: %1</source>
        <translation>Doris 返回的内容不是导入结果：%1</translation>
    </message>
    <message>
        <source>Check that --fe points at a Doris FE HTTP port.</source>
        <translation>请检查 --fe 是否指向 Doris FE 的 HTTP 端口。</translation>
    </message>
    <message>
        <source>Port %1 accepts connections but does not answer HTTP like a Doris FE (%2). It may be the FE&apos;s MySQL port or another service: the FE&apos;s HTTP port is http_port in fe.conf, 8030 by default.</source>
        <translation>端口 %1 接受连接，但没有像 Doris FE 那样应答 HTTP（%2）。它可能是 FE 的 MySQL 端口或其他服务：FE 的 HTTP 端口是 fe.conf 中的 http_port，默认 8030。</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>Port %1 is a Doris BE&apos;s HTTP port, not the FE&apos;s. Give the FE&apos;s HTTP port (http_port in fe.conf, 8030 by default); the FE sends loads on to the BEs itself.</source>
        <translation>端口 %1 是 Doris BE 的 HTTP 端口，不是 FE 的。请填写 FE 的 HTTP 端口（fe.conf 中的 http_port，默认 8030）；FE 会自行把导入转给 BE。</translation>
    </message>
    <message>
        <source>Port %1 answers HTTP %2 but not like a Doris FE. Check the FE HTTP port (http_port in fe.conf, 8030 by default).</source>
        <translation>端口 %1 以 HTTP %2 应答，但不像 Doris FE。请检查 FE 的 HTTP 端口（fe.conf 中的 http_port，默认 8030）。</translation>
    </message>
    <message>
        <source>Correct the FE HTTP port and test the connection again.</source>
        <translation>请更正 FE 的 HTTP 端口并重新测试连接。</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无应答</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>host name not found</source>
        <translation>找不到主机名</translation>
    </message>
    <message>
        <source>replication_num 1: the number of alive BEs is not known (not connected); a one-BE cluster holds only one copy.</source>
        <translation>replication_num 1：存活 BE 数未知（未连接）；单 BE 集群只能保存一个副本。</translation>
    </message>
    <message>
        <source>replication_num %1: the cluster has %1 alive BE(s), and Doris cannot place more copies than alive BEs.</source>
        <translation>replication_num %1：集群有 %1 个存活 BE，Doris 无法放置多于存活 BE 数的副本。</translation>
    </message>
    <message>
        <source>replication_num 3: the cluster has %1 alive BEs; three copies keep the data when a disk or BE is lost.</source>
        <translation>replication_num 3：集群有 %1 个存活 BE；三个副本可在丢失一块磁盘或一个 BE 时保住数据。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a BE mapping entry.</source>
        <translation>&apos;%1&apos; 不是有效的 BE 映射项。</translation>
    </message>
    <message>
        <source>Map each BE as the FE advertises it to an address reachable from here: --be &apos;be1.internal:8040=127.0.0.1:18040,be2.internal:8040=127.0.0.1:18041&apos;.</source>
        <translation>把 FE 公布的每个 BE 映射到从本机可达的地址：--be &apos;be1.internal:8040=127.0.0.1:18040,be2.internal:8040=127.0.0.1:18041&apos;。</translation>
    </message>
    <message>
        <source>The BE %1 is mapped twice.</source>
        <translation>BE %1 被映射了两次。</translation>
    </message>
    <message>
        <source>Give each BE once in --be.</source>
        <translation>请在 --be 中每个 BE 只写一次。</translation>
    </message>
    <message>
        <source>The BE mapping is empty.</source>
        <translation>BE 映射为空。</translation>
    </message>
</context>
<context>
    <name>dia::doris::BackendProbe</name>
    <message>
        <source>The cluster lists no BE.</source>
        <translation>集群中没有列出任何 BE。</translation>
    </message>
    <message>
        <source>BE %1</source>
        <translation>BE %1</translation>
    </message>
    <message>
        <source>BE %1 (mapped to %2)</source>
        <translation>BE %1（映射到 %2）</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>无法访问 %1：%2</translation>
    </message>
    <message>
        <source>%1 of %2 BEs reachable from here.</source>
        <translation>从本机可访问 %2 个 BE 中的 %1 个。</translation>
    </message>
</context>
<context>
    <name>dia::doris::ConnectionSettings</name>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// address.</source>
        <translation>“%1”不是 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>Give the FE HTTP address, e.g. http://10.0.0.5:8030.</source>
        <translation>请提供 FE 的 HTTP 地址，例如 http://10.0.0.5:8030。</translation>
    </message>
    <message>
        <source>The FE address must not contain a user name or password.</source>
        <translation>FE 地址中不能包含用户名或密码。</translation>
    </message>
    <message>
        <source>Pass the user with --user and the password through an environment variable.</source>
        <translation>请用 --user 指定用户，并通过环境变量传递密码。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid FE address.</source>
        <translation>“%1”不是有效的 FE 地址。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid BE address.</source>
        <translation>“%1”不是有效的 BE 地址。</translation>
    </message>
    <message>
        <source>Give the BE HTTP address as HOST:PORT, e.g. 127.0.0.1:8040.</source>
        <translation>请以 HOST:PORT 形式提供 BE 的 HTTP 地址，例如 127.0.0.1:8040。</translation>
    </message>
</context>
<context>
    <name>dia::doris::ConnectionTest</name>
    <message>
        <source>&lt;b&gt;Connected.&lt;/b&gt; %1&lt;br&gt;</source>
        <translation>&lt;b&gt;已连接。&lt;/b&gt; %1&lt;br&gt;</translation>
    </message>
    <message>
        <source>Backends could not be listed: %1&lt;br&gt;</source>
        <translation>无法列出 BE：%1&lt;br&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 backends alive.&lt;br&gt;</source>
        <translation>%2 个 BE 中有 %1 个存活。&lt;br&gt;</translation>
    </message>
    <message>
        <source>FE HTTP port reachable.&lt;br&gt;</source>
        <translation>FE HTTP 端口可达。&lt;br&gt;</translation>
    </message>
    <message>
        <source>FE HTTP port &lt;b&gt;not&lt;/b&gt; reachable.&lt;br&gt;</source>
        <translation>FE HTTP 端口&lt;b&gt;不可达&lt;/b&gt;。&lt;br&gt;</translation>
    </message>
    <message>
        <source>BE %1 reachable for loads.</source>
        <translation>BE %1 可用于导入。</translation>
    </message>
    <message>
        <source>BE %1 &lt;b&gt;not&lt;/b&gt; reachable for loads.</source>
        <translation>BE %1 &lt;b&gt;无法&lt;/b&gt;用于导入。</translation>
    </message>
    <message>
        <source>The FE answers on the MySQL port but not on HTTP port %1. Check the FE&apos;s http_port (8030 by default) and any firewall between here and %2.</source>
        <translation>FE 的 MySQL 端口可以访问，但 HTTP 端口 %1 不可达。请检查 FE 的 http_port（默认 8030）以及本机与 %2 之间的防火墙。</translation>
    </message>
    <message>
        <source>No backend is alive, so Doris cannot accept loads. Start a BE or check SHOW BACKENDS.</source>
        <translation>没有存活的 BE，Doris 无法接收导入。请启动 BE 或检查 SHOW BACKENDS。</translation>
    </message>
    <message>
        <source>The backends could not be listed, so their reachability is unknown. Loads may still work.</source>
        <translation>无法列出 BE，因此不知道它们是否可达。导入仍可能成功。</translation>
    </message>
    <message>
        <source>The FE redirects loads to BE %1, which cannot be reached from here (typical for Docker, Kubernetes or NAT). Map it in &apos;BE address mapping&apos; (--be) to an address of that BE that this machine can reach.</source>
        <translation>FE 将导入重定向到 BE %1，但本机无法访问它（常见于 Docker、Kubernetes 或 NAT）。请在“BE 地址映射”（--be）中把它映射到本机可以访问的该 BE 地址。</translation>
    </message>
</context>
<context>
    <name>dia::doris::ErrorLogClient</name>
    <message>
        <source>The error log address %1 is not on a host of this Doris cluster; it was not fetched.</source>
        <translation>错误日志地址 %1 不属于此 Doris 集群的任何主机；未获取该日志。</translation>
    </message>
    <message>
        <source>Error logs are read only from the FE, the BEs listed by SHOW BACKENDS or the BE override.</source>
        <translation>错误日志只从 FE、SHOW BACKENDS 列出的 BE 或 BE 地址覆盖中读取。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>The BE at %1 could not be reached (%2); the rows were read with SHOW LOAD WARNINGS over MySQL instead (at most 100).</source>
        <translation>无法连接 %1 上的 BE（%2）；已改为通过 MySQL 使用 SHOW LOAD WARNINGS 读取这些行（最多 100 行）。</translation>
    </message>
    <message>
        <source>The error log could not be read from the BE (%1) nor over MySQL: %2</source>
        <translation>无法从 BE（%1）读取错误日志，通过 MySQL 也无法读取：%2</translation>
    </message>
    <message>
        <source>The error log at %1 could not be read: %2</source>
        <translation>无法读取位于 %1 的错误日志：%2</translation>
    </message>
    <message>
        <source>Map the BE in the BE address mapping (--be ADVERTISED=HOST:PORT) to an address this machine can reach.</source>
        <translation>请在 BE 地址映射（--be ADVERTISED=HOST:PORT）中把该 BE 映射到本机可访问的地址。</translation>
    </message>
</context>
<context>
    <name>dia::doris::MetadataClient</name>
    <message>
        <source>Qt&apos;s MySQL driver (QMYSQL) is not installed.</source>
        <translation>未安装 Qt 的 MySQL 驱动 (QMYSQL)。</translation>
    </message>
    <message>
        <source>Install the package libqt6sql6-mysql.</source>
        <translation>请安装软件包 libqt6sql6-mysql。</translation>
    </message>
    <message>
        <source>Doris refused the login: %1</source>
        <translation>Doris 拒绝了登录：%1</translation>
    </message>
    <message>
        <source>Cannot connect to Doris at %1:%2: %3</source>
        <translation>无法连接到位于 %1:%2 的 Doris：%3</translation>
    </message>
    <message>
        <source>Doris rejected the statement: %1</source>
        <translation>Doris 拒绝了该语句：%1</translation>
    </message>
    <message>
        <source>Table %1.%2 does not exist.</source>
        <translation>表 %1.%2 不存在。</translation>
    </message>
    <message>
        <source>Check the user name and password (--user).</source>
        <translation>请检查用户名和密码（--user）。</translation>
    </message>
    <message>
        <source>Check the FE host and its MySQL query port (--mysql, usually 9030), and that the FE is running.</source>
        <translation>请检查 FE 主机及其 MySQL 查询端口（--mysql，通常为 9030），并确认 FE 正在运行。</translation>
    </message>
    <message>
        <source>This Doris cannot keep column names outside ASCII: it refused SET enable_unicode_name_support = true (%1).</source>
        <translation>此 Doris 不支持非 ASCII 列名：它拒绝了 SET enable_unicode_name_support = true（%1）。</translation>
    </message>
    <message>
        <source>Use ASCII column names (leave out --unicode-names), or a Doris version with enable_unicode_name_support (2.0 or later).</source>
        <translation>请使用 ASCII 列名（去掉 --unicode-names），或使用支持 enable_unicode_name_support 的 Doris（2.0 或更高版本）。</translation>
    </message>
</context>
<context>
    <name>dia::doris::StreamLoadClient</name>
    <message>
        <source>The FE at %1 answered with a redirect but named no BE.</source>
        <translation>%1 上的 FE 返回了重定向，但没有指明 BE。</translation>
    </message>
    <message>
        <source>The load was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>Cannot reach the Doris FE at %1: %2.</source>
        <translation>无法连接到 %1 上的 Doris FE：%2。</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>%1 did not answer within the request timeout.</source>
        <translation>%1 在请求超时时间内没有应答。</translation>
    </message>
    <message>
        <source>The cluster may be overloaded; the load is retried.</source>
        <translation>集群可能负载过高；将重试导入。</translation>
    </message>
    <message>
        <source>Doris refused the user name or password (HTTP %1 from %2).</source>
        <translation>Doris 拒绝了用户名或密码（来自 %2 的 HTTP %1）。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 返回 HTTP %2：%3</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>与 %1 的连接失败：%2。</translation>
    </message>
    <message>
        <source>The data of chunk %1 could not be read.</source>
        <translation>无法读取分块 %1 的数据。</translation>
    </message>
    <message>
        <source>Doris could not commit transaction %1: %2</source>
        <translation>Doris 无法提交事务 %1：%2</translation>
    </message>
    <message>
        <source>Doris could not abort transaction %1: %2</source>
        <translation>Doris 无法中止事务 %1：%2</translation>
    </message>
    <message>
        <source>Check the FE host and HTTP port (--fe, usually 8030), and that the FE is running.</source>
        <translation>请检查 FE 主机和 HTTP 端口（--fe，通常为 8030），并确认 FE 正在运行。</translation>
    </message>
    <message>
        <source>Check the user name and password (--user); the user needs LOAD privilege on the table.</source>
        <translation>请检查用户名和密码（--user）；该用户需要拥有该表的 LOAD 权限。</translation>
    </message>
    <message>
        <source>Check the user name and password (--user).</source>
        <translation>请检查用户名和密码（--user）。</translation>
    </message>
    <message>
        <source>Fix the file (or choose its real encoding) and load it again; chunks already loaded stay loaded.</source>
        <translation>请修正文件（或选择其实际编码）后重新导入；已导入的分块保持不变。</translation>
    </message>
    <message>
        <source>The FE redirected to BE %1 (mapped to %2), which cannot be reached from here: %3.</source>
        <translation>FE 重定向到 BE %1（映射到 %2），但从本机无法访问：%3。</translation>
    </message>
    <message>
        <source>Check the BE mapping (--be ADVERTISED=REACHABLE,...) for that BE.</source>
        <translation>请检查该 BE 的映射（--be 公布地址=可达地址,...）。</translation>
    </message>
    <message>
        <source>The BE address %1 given in the BE address mapping cannot be reached: %2.</source>
        <translation>无法访问 BE 地址映射中给出的 BE 地址 %1：%2。</translation>
    </message>
    <message>
        <source>Check the BE address mapping (--be): it must give the BE&apos;s HTTP port (usually 8040) as reachable from here.</source>
        <translation>请检查 BE 地址映射（--be）：它必须给出从本机可访问的 BE HTTP 端口（通常为 8040）。</translation>
    </message>
    <message>
        <source>The FE redirected to BE %1, which cannot be reached from here; map it in the BE address mapping.</source>
        <translation>FE 重定向到 BE %1，但从本机无法访问它；请在 BE 地址映射中为它设置映射。</translation>
    </message>
    <message>
        <source>Map the BE in the BE address mapping (--be ADVERTISED=HOST:PORT) to its HTTP port at an address this machine can reach.</source>
        <translation>请在 BE 地址映射（--be ADVERTISED=HOST:PORT）中把该 BE 映射到本机可访问地址上的 HTTP 端口。</translation>
    </message>
</context>
<context>
    <name>dia::load</name>
    <message>
        <source>The label prefix &apos;%1&apos; is not allowed.</source>
        <translation>不允许使用标签前缀“%1”。</translation>
    </message>
    <message>
        <source>Use at most 64 letters A-Z, a-z, digits, &apos;-&apos;, &apos;_&apos; or &apos;:&apos; (Doris label rules).</source>
        <translation>最多使用 64 个字符，只能包含字母 A-Z、a-z、数字、&apos;-&apos;、&apos;_&apos; 或 &apos;:&apos;（Doris 标签规则）。</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempts: %1</source>
        <translation>
            <numerusform>尝试 %n 次后放弃：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 no longer has a chunk %2; the file may have changed since the load.</source>
        <translation>%1 中已没有分块 %2；文件可能在导入之后被修改过。</translation>
    </message>
    <message>
        <source>The load journal has no chunk labelled %1.</source>
        <translation>导入日志中没有标签为 %1 的分块。</translation>
    </message>
    <message>
        <source>Give the journal of that load with --journal.</source>
        <translation>请用 --journal 指定那次导入的日志。</translation>
    </message>
    <message>
        <source>Check the path and the file permissions.</source>
        <translation>请检查路径和文件权限。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a compression.</source>
        <translation>&apos;%1&apos; 不是有效的压缩方式。</translation>
    </message>
    <message>
        <source>Use --compress auto, gz, lz4 or none.</source>
        <translation>请使用 --compress auto、gz、lz4 或 none。</translation>
    </message>
    <message>
        <source>No wire rate could be measured on the first chunk: sending uncompressed.</source>
        <translation>第一个分块未能测出传输速率：不压缩发送。</translation>
    </message>
    <message>
        <source>The first chunk went at %1 and the FE answers within %2 ms (this host or a LAN): the server, not the link, is the limit, so compression would only add work. Sending uncompressed.</source>
        <translation>第一个分块的速率为 %1，FE 在 %2 毫秒内应答（本机或局域网）：瓶颈在服务器而非链路，压缩只会增加开销。不压缩发送。</translation>
    </message>
    <message>
        <source>The first chunk went at %1 over a %2 ms round trip; compressing would not make it at least 25 % faster here (the CPU would be the limit). Sending uncompressed.</source>
        <translation>第一个分块在 %2 毫秒往返时延下速率为 %1；压缩在这里不能提速至少 25 %（CPU 会成为瓶颈）。不压缩发送。</translation>
    </message>
    <message>
        <source>The first chunk went at %1 over a %2 ms round trip: the link is the limit. %3 shrinks the data to %4 % at %5 per stream, so the next chunks should take about %6 % of the time. Compressing with %3.</source>
        <translation>第一个分块在 %2 毫秒往返时延下速率为 %1：链路是瓶颈。%3 可将数据压缩到 %4 %，每个流 %5，后续分块约需 %6 % 的时间。使用 %3 压缩。</translation>
    </message>
</context>
<context>
    <name>dia::load::LoadEngine</name>
    <message>
        <source>No target table given.</source>
        <translation>未指定目标表。</translation>
    </message>
    <message>
        <source>Name the table as DATABASE.TABLE.</source>
        <translation>请以 DATABASE.TABLE 的形式指定表。</translation>
    </message>
    <message>
        <source>Resuming needs the job&apos;s journal.</source>
        <translation>续传需要该作业的导入日志。</translation>
    </message>
    <message>
        <source>Give the journal of the interrupted load with --journal.</source>
        <translation>请用 --journal 指定被中断的导入的日志。</translation>
    </message>
    <message>
        <source>The journal %1 belongs to a different file, table or set of options.</source>
        <translation>导入日志 %1 属于其他文件、表或选项组合。</translation>
    </message>
    <message>
        <source>Resume with exactly the file and options of the interrupted load, or start a new load without --resume.</source>
        <translation>请使用与被中断的导入完全相同的文件和选项进行续传，或者不带 --resume 开始新的导入。</translation>
    </message>
    <message>
        <source>The journal %1 records an unfinished load that may already have loaded some rows.</source>
        <translation>导入日志 %1 记录了一次未完成的导入，它可能已经导入了部分行。</translation>
    </message>
    <message>
        <source>The final commit failed for chunk %1: %2; chunks committed before it stay in the table.</source>
        <translation>分块 %1 的最终提交失败：%2；在它之前已提交的分块仍保留在表中。</translation>
    </message>
    <message>
        <source>Committed.</source>
        <translation>已提交。</translation>
    </message>
    <message>
        <source>Rolled back: the atomic load did not complete.</source>
        <translation>已回滚：原子导入未能完成。</translation>
    </message>
    <message>
        <source>Could not roll back: %1</source>
        <translation>无法回滚：%1</translation>
    </message>
    <message>
        <source>The load was cancelled; nothing was committed.</source>
        <translation>导入已取消；没有提交任何数据。</translation>
    </message>
    <message>
        <source>The load was cancelled; committed chunks stay in the table.</source>
        <translation>导入已取消；已提交的分块仍保留在表中。</translation>
    </message>
    <message>
        <source>Nothing was committed; fix the cause and load again.</source>
        <translation>没有提交任何数据；请解决问题后重新导入。</translation>
    </message>
    <message>
        <source>Continue it with Resume (--resume), or delete the journal to start over (rows it loaded stay in the table).</source>
        <translation>请用“续传”（--resume）继续该导入，或删除该日志重新开始（已导入的行仍保留在表中）。</translation>
    </message>
    <message>
        <source>Continue it later with Resume (--resume).</source>
        <translation>稍后可用“续传”（--resume）继续。</translation>
    </message>
    <message>
        <source>See the filtered rows on the Results page (or with &apos;doris-import errors --url &lt;error_url&gt;&apos;), or allow some with the max filter ratio (--max-filter-ratio).</source>
        <translation>请在“结果”页查看被过滤的行（或用 &apos;doris-import errors --url &lt;error_url&gt;&apos;），或用最大过滤比例（--max-filter-ratio）允许过滤一部分行。</translation>
    </message>
    <message>
        <source>Fix the cause, then continue with Resume (--resume): committed chunks are not sent again.</source>
        <translation>请解决问题，然后用“续传”（--resume）继续：已提交的分块不会重复发送。</translation>
    </message>
    <message>
        <source>No chunk of at least 1 MiB went through uncompressed to measure the link on, so nothing was compressed.</source>
        <translation>没有至少 1 MiB 的分块以未压缩方式发送以测量链路，因此未做压缩。</translation>
    </message>
</context>
<context>
    <name>dia::load::LoadEngine::Job</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Committed (found by its label).</source>
        <translation>已提交（通过标签查到）。</translation>
    </message>
    <message>
        <source>Prepared (found by its label).</source>
        <translation>已预提交（通过标签查到）。</translation>
    </message>
    <message>
        <source>A request with label %1 is still running.</source>
        <translation>标签为 %1 的请求仍在运行。</translation>
    </message>
    <message>
        <source>Publish Timeout: committed, the rows become visible shortly.</source>
        <translation>Publish Timeout：已提交，这些行很快就会可见。</translation>
    </message>
    <message>
        <source>the link is the limit: sent again compressed with %1</source>
        <translation>链路是瓶颈：已用 %1 压缩后重新发送</translation>
    </message>
    <message>
        <source>%1 Nothing has answered there since the load began: check the FE&apos;s host and HTTP port (http_port in fe.conf, 8030 by default), then start the load again.</source>
        <translation>%1 自导入开始以来该地址从未应答：请检查 FE 的主机和 HTTP 端口（fe.conf 中的 http_port，默认 8030），然后重新开始导入。</translation>
    </message>
    <message>
        <source>attempt %1 on BE %2: %3</source>
        <translation>第 %1 次尝试，BE %2：%3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>dia::load::LoadJournal</name>
    <message>
        <source>Cannot write the load journal %1: %2</source>
        <translation>无法写入导入日志 %1：%2</translation>
    </message>
    <message>
        <source>Choose a writable place with --journal.</source>
        <translation>请用 --journal 选择一个可写入的位置。</translation>
    </message>
    <message>
        <source>There is no load journal at %1.</source>
        <translation>%1 处没有导入日志。</translation>
    </message>
    <message>
        <source>Start the load without --resume, or give the journal of the interrupted load with --journal.</source>
        <translation>请不带 --resume 开始导入，或用 --journal 指定被中断的导入的日志。</translation>
    </message>
    <message>
        <source>Cannot read the load journal %1: %2</source>
        <translation>无法读取导入日志 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a load journal of this program.</source>
        <translation>%1 不是本程序的导入日志。</translation>
    </message>
    <message>
        <source>Delete it and start the load again without --resume.</source>
        <translation>请删除它，然后不带 --resume 重新开始导入。</translation>
    </message>
    <message>
        <source>The load journal %1 is damaged.</source>
        <translation>导入日志 %1 已损坏。</translation>
    </message>
</context>
<context>
    <name>dia::recipe::ImportRecipe</name>
    <message>
        <source>This file is not an import recipe.</source>
        <translation>此文件不是导入方案。</translation>
    </message>
    <message>
        <source>Open a .json file saved with File &gt; Save recipe.</source>
        <translation>请打开通过“文件 &gt; 保存导入方案”保存的 .json 文件。</translation>
    </message>
    <message>
        <source>This recipe was written by a newer version of Doris Import Assistant.</source>
        <translation>此导入方案由更新版本的 Doris 导入助手创建。</translation>
    </message>
    <message>
        <source>Update the program to open it.</source>
        <translation>请更新程序后再打开。</translation>
    </message>
    <message>
        <source>The recipe lacks the file, the database or the table.</source>
        <translation>导入方案缺少文件、数据库或表。</translation>
    </message>
    <message>
        <source>Save the recipe again from the wizard&apos;s last pages.</source>
        <translation>请在向导的最后几页重新保存导入方案。</translation>
    </message>
    <message>
        <source>The recipe&apos;s load options are out of range.</source>
        <translation>导入方案中的导入选项超出范围。</translation>
    </message>
    <message>
        <source>max_filter_ratio must be between 0 and 1 and the chunk size positive.</source>
        <translation>max_filter_ratio 必须在 0 到 1 之间，且分块大小必须为正数。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>请选择一个您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Check the free disk space.</source>
        <translation>请检查磁盘剩余空间。</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>请检查路径。</translation>
    </message>
    <message>
        <source>%1 is too large to be an import recipe.</source>
        <translation>%1 太大，不可能是导入方案。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3.</source>
        <translation>%1 不是有效的 JSON：%2，位于偏移量 %3。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>Column %1 of the recipe: %2</source>
        <translation>配方的第 %1 列：%2</translation>
    </message>
    <message>
        <source>The recipe&apos;s compression &quot;%1&quot; is unknown.</source>
        <translation>配方中的压缩方式“%1”未知。</translation>
    </message>
    <message>
        <source>Use auto, gz, lz4 or none.</source>
        <translation>请使用 auto、gz、lz4 或 none。</translation>
    </message>
</context>
<context>
    <name>dia::schema</name>
    <message>
        <source>file column &apos;%1&apos; (%2) into %3 column &apos;%4&apos;: values that do not convert become NULL (strict mode: the rows are filtered)</source>
        <translation>文件列 &apos;%1&apos;（%2）导入 %3 列 &apos;%4&apos;：无法转换的值变为 NULL（严格模式：这些行被过滤）</translation>
    </message>
    <message numerus="yes">
        <source>file column &apos;%1&apos; has %n empty or null cell(s) but &apos;%2&apos; is NOT NULL: those rows are filtered</source>
        <translation>
            <numerusform>文件列 &apos;%1&apos; 有 %n 个空单元格或空值，但 &apos;%2&apos; 为 NOT NULL：这些行被过滤</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, which cannot be loaded from a text file</source>
        <translation>&apos;%1&apos; 是 %2 类型，无法从文本文件导入</translation>
    </message>
    <message>
        <source>file column &apos;%1&apos; has values up to %2 bytes but &apos;%3&apos; is %4: longer values are cut (strict mode: the rows are filtered)</source>
        <translation>文件列 &apos;%1&apos; 的值最长 %2 字节，但 &apos;%3&apos; 是 %4：较长的值会被截断（严格模式：这些行被过滤）</translation>
    </message>
    <message>
        <source>file column &apos;%1&apos; has values that need %2 but &apos;%3&apos; is %4: they become NULL (strict mode: the rows are filtered)</source>
        <translation>文件列 &apos;%1&apos; 中有需要 %2 的值，但 &apos;%3&apos; 是 %4：这些值变为 NULL（严格模式：这些行被过滤）</translation>
    </message>
    <message>
        <source>file column &apos;%1&apos; has numbers with %2 digits before the point but &apos;%3&apos; is %4: they become NULL (strict mode: the rows are filtered)</source>
        <translation>文件列 &apos;%1&apos; 中有整数部分为 %2 位的数字，但 &apos;%3&apos; 是 %4：这些值变为 NULL（严格模式：这些行被过滤）</translation>
    </message>
    <message>
        <source>file column &apos;%1&apos; has %2 decimals, &apos;%3&apos; keeps %4: values are rounded</source>
        <translation>文件列 &apos;%1&apos; 有 %2 位小数，&apos;%3&apos; 保留 %4 位：值会被四舍五入</translation>
    </message>
    <message>
        <source>file column &apos;%1&apos; has times but &apos;%2&apos; is DATE: the time part is dropped</source>
        <translation>文件列 &apos;%1&apos; 包含时间，但 &apos;%2&apos; 是 DATE：时间部分被舍弃</translation>
    </message>
    <message>
        <source>file column &apos;%1&apos; has %2 fractional second digits, &apos;%3&apos; keeps %4: values are rounded</source>
        <translation>文件列 &apos;%1&apos; 有 %2 位小数秒，&apos;%3&apos; 保留 %4 位：值会被四舍五入</translation>
    </message>
    <message>
        <source>file column &apos;%1&apos; also matches &apos;%2&apos;, which an earlier column feeds; it is skipped</source>
        <translation>文件列 &apos;%1&apos; 也匹配 &apos;%2&apos;，但该列已由前面的列提供数据；此列被跳过</translation>
    </message>
    <message>
        <source>no file column name matches a table column, so columns are matched by position; check the mapping</source>
        <translation>没有文件列名与表列匹配，因此按位置匹配列；请检查映射</translation>
    </message>
    <message>
        <source>the table has no column &apos;%1&apos;</source>
        <translation>表中没有列 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>two file columns feed &apos;%1&apos;</source>
        <translation>有两个文件列对应 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is NOT NULL without a default and no file column feeds it: every row would be filtered</source>
        <translation>&apos;%1&apos; 为 NOT NULL 且没有默认值，也没有文件列为其提供数据：每一行都会被过滤</translation>
    </message>
    <message>
        <source>no file column feeds &apos;%1&apos;; it gets its default</source>
        <translation>没有文件列为 &apos;%1&apos; 提供数据；它取默认值</translation>
    </message>
    <message>
        <source>no file column feeds &apos;%1&apos;; it stays NULL</source>
        <translation>没有文件列为 &apos;%1&apos; 提供数据；它保持为 NULL</translation>
    </message>
    <message>
        <source>text up to %1 bytes, longer than VARCHAR&apos;s limit of %2 bytes</source>
        <translation>文本最长 %1 字节，超过 VARCHAR 的 %2 字节上限</translation>
    </message>
    <message>
        <source>text up to %1 bytes; STRING leaves room for values 4 times as long</source>
        <translation>文本最长 %1 字节；STRING 可容纳 4 倍长的值</translation>
    </message>
    <message>
        <source>longest value %1 bytes in UTF-8, VARCHAR(%2) leaves room</source>
        <translation>最长值按 UTF-8 为 %1 字节，VARCHAR(%2) 留有余量</translation>
    </message>
    <message>
        <source>longest value %1 bytes in UTF-8; VARCHAR(%2) leaves room for values 4 times as long (tight types: VARCHAR(%3))</source>
        <translation>最长值按 UTF-8 为 %1 字节；VARCHAR(%2) 可容纳 4 倍长的值（紧凑类型：VARCHAR(%3)）</translation>
    </message>
    <message>
        <source>text; %1</source>
        <translation>文本；%1</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n 个数字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s)</source>
        <translation>
            <numerusform>%n 个日期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n yes/no value(s)</source>
        <translation>
            <numerusform>%n 个是/否值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other text(s)</source>
        <translation>
            <numerusform>%n 个其他文本</numerusform>
        </translation>
    </message>
    <message>
        <source>mixed values (%1)</source>
        <translation>混合值（%1）</translation>
    </message>
    <message>
        <source>, first text &quot;%1&quot; on line %2</source>
        <translation>，第一个文本为第 %2 行的 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>, kept as text</source>
        <translation>，按文本保留</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) have leading zeros (first &quot;%1&quot; on line %2), kept as text so the zeros survive</source>
        <translation>
            <numerusform>%n 个值有前导零（第一个为第 %2 行的 &quot;%1&quot;），按文本保留以保住这些零</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; on line %2 starts with &apos;+&apos; like a phone number, kept as text so the &apos;+&apos; survives</source>
        <translation>第 %2 行的 &quot;%1&quot; 像电话号码一样以 &apos;+&apos; 开头，按文本保留以保住 &apos;+&apos;</translation>
    </message>
    <message>
        <source>amounts in more than one currency (&quot;%1&quot; on line %2), kept as text</source>
        <translation>金额使用了多种货币（第 %2 行的 &quot;%1&quot;），按文本保留</translation>
    </message>
    <message>
        <source>only some numbers have a &apos;%&apos; sign, kept as text</source>
        <translation>只有部分数字带 &apos;%&apos; 符号，按文本保留</translation>
    </message>
    <message>
        <source>numbers punctuated in ways that do not agree (decimal point and decimal comma), kept as text</source>
        <translation>数字的标点写法不一致（既有小数点又有小数逗号），按文本保留</translation>
    </message>
    <message>
        <source>the values do not fit the chosen format (%1), kept as text</source>
        <translation>值不符合所选格式（%1），按文本保留</translation>
    </message>
    <message>
        <source>amounts in %1, not the chosen currency %2, kept as text</source>
        <translation>金额使用 %1，而非所选货币 %2，按文本保留</translation>
    </message>
    <message>
        <source>a decimal comma</source>
        <translation>小数逗号</translation>
    </message>
    <message>
        <source>a decimal point</source>
        <translation>小数点</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (line %2) could also be read with %3; no value decides it, change the format if wrong</source>
        <translation>第 %2 行的 &quot;%1&quot; 也可按%3解读；没有值能确定是哪种，如有误请更改格式</translation>
    </message>
    <message>
        <source>numbers in exponent form (first &quot;%1&quot; on line %2)</source>
        <translation>指数形式的数字（第一个为第 %2 行的 &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>numbers need %1 digits, more than DECIMAL&apos;s %2; DOUBLE keeps about 16 significant digits (choose VARCHAR to keep every digit)</source>
        <translation>数字需要 %1 位，超过 DECIMAL 的 %2 位；DOUBLE 约保留 16 位有效数字（如需保留每一位数字，请选择 VARCHAR）</translation>
    </message>
    <message>
        <source>decimal numbers with up to %1 digit(s) before and %2 after the point</source>
        <translation>小数，整数部分最多 %1 位，小数部分最多 %2 位</translation>
    </message>
    <message>
        <source>; DECIMAL(%1,%2) leaves room for larger amounts (tight types: DECIMAL(%3,%2))</source>
        <translation>；DECIMAL(%1,%2) 为更大的金额留有余量（紧凑类型：DECIMAL(%3,%2)）</translation>
    </message>
    <message>
        <source>whole numbers beyond LARGEINT (first &quot;%1&quot; on line %2), kept as text</source>
        <translation>超出 LARGEINT 范围的整数（第一个为第 %2 行的 &quot;%1&quot;），按文本保留</translation>
    </message>
    <message>
        <source>only 0 and 1; TINYINT (choose BOOLEAN if these are yes/no flags)</source>
        <translation>只有 0 和 1；TINYINT（如果这些是是/否标志，请选择 BOOLEAN）</translation>
    </message>
    <message>
        <source>only 0 and 1; INT (choose BOOLEAN if these are yes/no flags)</source>
        <translation>只有 0 和 1；INT（如果这些是是/否标志，请选择 BOOLEAN）</translation>
    </message>
    <message>
        <source>whole numbers from %1 to %2; INT leaves room for larger values (tight types: %3)</source>
        <translation>从 %1 到 %2 的整数；INT 为更大的值留有余量（紧凑类型：%3）</translation>
    </message>
    <message>
        <source>whole numbers; INT leaves room for larger values (tight types: %1)</source>
        <translation>整数；INT 为更大的值留有余量（紧凑类型：%1）</translation>
    </message>
    <message>
        <source>whole numbers from %1 to %2, %3 is the smallest type that holds them</source>
        <translation>从 %1 到 %2 的整数，%3 是能容纳它们的最小类型</translation>
    </message>
    <message>
        <source>whole numbers, %1 is the smallest type that holds them</source>
        <translation>整数，%1 是能容纳它们的最小类型</translation>
    </message>
    <message>
        <source>whole numbers from %1 to %2 need %3</source>
        <translation>从 %1 到 %2 的整数，需要 %3</translation>
    </message>
    <message>
        <source>whole numbers that need %1</source>
        <translation>需要 %1 的整数</translation>
    </message>
    <message>
        <source>dates in both MM/DD and DD/MM order (&quot;%1&quot; on line %2, &quot;%3&quot; on line %4), kept as text</source>
        <translation>日期同时存在 MM/DD 和 DD/MM 两种顺序（第 %2 行的 &quot;%1&quot;，第 %4 行的 &quot;%3&quot;），按文本保留</translation>
    </message>
    <message numerus="yes">
        <source>date and time values with %n fractional digit(s)</source>
        <translation>
            <numerusform>带 %n 位小数秒的日期时间值</numerusform>
        </translation>
    </message>
    <message>
        <source>date and time values</source>
        <translation>日期时间值</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source> (some without a time)</source>
        <translation> （部分不含时间）</translation>
    </message>
    <message>
        <source>%1; every date fits both MM/DD/YYYY and DD/MM/YYYY, read as %2 (change the date order if wrong)</source>
        <translation>%1；每个日期都同时符合 MM/DD/YYYY 和 DD/MM/YYYY，按 %2 读取（如有误请更改日期顺序）</translation>
    </message>
    <message>
        <source>%1 written %2</source>
        <translation>%1，写法为 %2</translation>
    </message>
    <message>
        <source>; rewritten when loading: %1 → %2</source>
        <translation>；导入时改写：%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>; %n value(s) carry a UTC offset and are converted to the load&apos;s time zone</source>
        <translation>
            <numerusform>；%n 个值带有 UTC 偏移，将转换为导入所用的时区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no values (all %n cell(s) empty or null); VARCHAR(255) until you choose</source>
        <translation>
            <numerusform>没有值（全部 %n 个单元格为空或空值）；在您选择之前使用 VARCHAR(255)</numerusform>
        </translation>
    </message>
    <message>
        <source>no rows yet; VARCHAR(255) until you choose</source>
        <translation>尚无行；在您选择之前使用 VARCHAR(255)</translation>
    </message>
    <message>
        <source>kept as text as chosen</source>
        <translation>按所选保留为文本</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on line %2 looks like a date but is not a valid calendar date or time, kept as text</source>
        <translation>第 %2 行的 &quot;%1&quot; 看起来像日期，但不是有效的日历日期或时间，按文本保留</translation>
    </message>
    <message>
        <source>yes/no values (true/false, yes/no, y/n, on/off, ja/nein, oui/non, 是/否%1), loaded as 1/0</source>
        <translation>是/否值（true/false、yes/no、y/n、on/off、ja/nein、oui/non、是/否%1），导入为 1/0</translation>
    </message>
    <message>
        <source>VARCHAR size must be between 1 and %1, got %2.</source>
        <translation>VARCHAR 长度必须在 1 到 %1 之间，实际为 %2。</translation>
    </message>
    <message>
        <source>Use STRING for longer text.</source>
        <translation>较长的文本请使用 STRING。</translation>
    </message>
    <message>
        <source>CHAR size must be between 1 and %1, got %2.</source>
        <translation>CHAR 长度必须在 1 到 %1 之间，实际为 %2。</translation>
    </message>
    <message>
        <source>Use VARCHAR for longer text.</source>
        <translation>较长的文本请使用 VARCHAR。</translation>
    </message>
    <message>
        <source>Precision of decimal must be between 1 and %1, got %2.</source>
        <translation>DECIMAL 的精度必须在 1 到 %1 之间，实际为 %2。</translation>
    </message>
    <message>
        <source>Use DOUBLE or VARCHAR for wider numbers.</source>
        <translation>更宽的数字请使用 DOUBLE 或 VARCHAR。</translation>
    </message>
    <message>
        <source>Scale of decimal must be between 0 and precision %1, got %2.</source>
        <translation>DECIMAL 的标度必须在 0 到精度 %1 之间，实际为 %2。</translation>
    </message>
    <message>
        <source>DATETIME precision must be between 0 and %1, got %2.</source>
        <translation>DATETIME 精度必须在 0 到 %1 之间，实际为 %2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a column type.</source>
        <translation>&apos;%1&apos; 不是列类型。</translation>
    </message>
    <message>
        <source>Write a Doris type such as INT, DECIMAL(10,2), DATE or VARCHAR(64).</source>
        <translation>请填写 Doris 类型，例如 INT、DECIMAL(10,2)、DATE 或 VARCHAR(64)。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take a precision and a scale.</source>
        <translation>&apos;%1&apos; 不接受精度和标度。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one precision.</source>
        <translation>&apos;%1&apos; 只接受一个精度。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one length.</source>
        <translation>&apos;%1&apos; 只接受一个长度。</translation>
    </message>
    <message>
        <source>Float or double can not used as a key, use decimal instead.</source>
        <translation>Float 或 double 不能用作 Key 列，请改用 decimal。</translation>
    </message>
    <message>
        <source>String Type should not be used in key column[%1].</source>
        <translation>String 类型不应用于 Key 列[%1]。</translation>
    </message>
    <message>
        <source>JsonType type should not be used in key column[%1].</source>
        <translation>JsonType 类型不应用于 Key 列[%1]。</translation>
    </message>
    <message>
        <source>Key column can not set complex type:%1</source>
        <translation>Key 列不能设置复杂类型：%1</translation>
    </message>
    <message>
        <source>The table has no columns.</source>
        <translation>表中没有列。</translation>
    </message>
    <message>
        <source>Check the file&apos;s header and delimiter.</source>
        <translation>请检查文件的表头和分隔符。</translation>
    </message>
    <message>
        <source>A UNIQUE KEY table needs at least one key column.</source>
        <translation>UNIQUE KEY 表至少需要一个 Key 列。</translation>
    </message>
    <message>
        <source>Choose the column(s) that identify a row, or use the DUPLICATE KEY model.</source>
        <translation>请选择能唯一标识一行的列，或使用 DUPLICATE KEY 模型。</translation>
    </message>
    <message>
        <source>No column can be a sort key: FLOAT, DOUBLE and STRING columns cannot be keys.</source>
        <translation>没有列可以作为排序键：FLOAT、DOUBLE 和 STRING 列不能作为 Key 列。</translation>
    </message>
    <message>
        <source>Change one column to VARCHAR, DECIMAL or an integer type.</source>
        <translation>请将其中一列改为 VARCHAR、DECIMAL 或整数类型。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; moved to the front to be the sort key: the columns before it cannot be keys</source>
        <translation>&apos;%1&apos; 已移到最前面作为排序键：它前面的列不能作为 Key 列</translation>
    </message>
    <message>
        <source>Key column[%1] doesn&apos;t exist.</source>
        <translation>Key 列[%1]不存在。</translation>
    </message>
    <message>
        <source>Pick key columns among the table&apos;s columns.</source>
        <translation>请从表的列中选择 Key 列。</translation>
    </message>
    <message>
        <source>Key column[%1] is given twice.</source>
        <translation>Key 列[%1]被重复指定。</translation>
    </message>
    <message>
        <source>key columns moved to the front in key order (%1): Doris requires keys to be the first columns; the load maps file columns by name</source>
        <translation>Key 列已按 Key 顺序移到最前面（%1）：Doris 要求 Key 列为最前面的列；导入时按名称映射文件列</translation>
    </message>
    <message>
        <source>Duplicate column name &apos;%1&apos;</source>
        <translation>列名 &apos;%1&apos; 重复</translation>
    </message>
    <message>
        <source>Rename one of the columns.</source>
        <translation>请重命名其中一列。</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;: %2</source>
        <translation>列 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos;: type %2 cannot be loaded from a file by this program.</source>
        <translation>列 &apos;%1&apos;：本程序无法从文件导入 %2 类型。</translation>
    </message>
    <message>
        <source>Can not set null default value to non nullable column: %1</source>
        <translation>不能为非空列设置 NULL 默认值：%1</translation>
    </message>
    <message>
        <source>Key columns should be a ordered prefix of the schema. KeyColumns[%1] (starts from zero) is %2, but corresponding column is %3 in the previous columns declaration.</source>
        <translation>Key 列应为表结构的有序前缀。KeyColumns[%1]（从 0 开始）是 %2，但之前的列声明中对应的列是 %3。</translation>
    </message>
    <message>
        <source>Put the key columns first, in key order.</source>
        <translation>请将 Key 列按 Key 顺序放在最前面。</translation>
    </message>
    <message>
        <source>Use VARCHAR(n) for text keys and DECIMAL for fractional keys.</source>
        <translation>文本 Key 请使用 VARCHAR(n)，小数 Key 请使用 DECIMAL。</translation>
    </message>
    <message>
        <source>Distribution column[%1] is not found.</source>
        <translation>未找到分桶列[%1]。</translation>
    </message>
    <message>
        <source>Distribution column[%1] is not key column</source>
        <translation>分桶列[%1]不是 Key 列</translation>
    </message>
    <message>
        <source>UNIQUE KEY tables must be distributed by key columns.</source>
        <translation>UNIQUE KEY 表必须按 Key 列分桶。</translation>
    </message>
    <message>
        <source>Number of buckets must be positive or AUTO.</source>
        <translation>分桶数必须为正数或 AUTO。</translation>
    </message>
    <message>
        <source>replication_num must be at least 1.</source>
        <translation>replication_num 必须至少为 1。</translation>
    </message>
    <message>
        <source>empty field, not a valid %1</source>
        <translation>空字段，不是有效的 %1</translation>
    </message>
    <message>
        <source>not a valid %1</source>
        <translation>不是有效的 %1</translation>
    </message>
    <message>
        <source>out of range for %1</source>
        <translation>超出 %1 的范围</translation>
    </message>
    <message>
        <source>more than %1 digit(s) before the point for %2</source>
        <translation>对于 %2，整数部分超过 %1 位</translation>
    </message>
    <message>
        <source>not a valid %1 (Doris reads YYYY-MM-DD[ HH:MM:SS])</source>
        <translation>不是有效的 %1（Doris 读取 YYYY-MM-DD[ HH:MM:SS] 格式）</translation>
    </message>
    <message>
        <source>not true, false or a number</source>
        <translation>不是 true、false 或数字</translation>
    </message>
    <message>
        <source>longer than %1 (length counts UTF-8 bytes)</source>
        <translation>长度超过 %1（长度按 UTF-8 字节计算）</translation>
    </message>
    <message>
        <source>longer than the 1 MB limit of STRING values</source>
        <translation>超过 STRING 值 1 MB 的上限</translation>
    </message>
    <message numerus="yes">
        <source>A DESC row has %n field(s); expected Field, Type, Null, Key, Default, Extra.</source>
        <translation>
            <numerusform>DESC 结果中有一行包含 %n 个字段；应为 Field、Type、Null、Key、Default、Extra。</numerusform>
        </translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has a type this program does not understand: %2</source>
        <translation>列 &apos;%1&apos; 的类型本程序无法识别：%2</translation>
    </message>
    <message>
        <source>Doris 2.1 keeps Unicode names only when they are made of letters, digits and _ (no combining marks or non-ASCII digits); the ASCII name is used and the header is kept in the column comment</source>
        <translation>Doris 2.1 仅在 Unicode 名称由字母、数字和 _ 组成（不含组合标记或非 ASCII 数字）时才保留；已改用 ASCII 名称，表头保留在列注释中</translation>
    </message>
    <message>
        <source>the header is empty</source>
        <translation>表头为空</translation>
    </message>
    <message>
        <source>Doris accepts only ASCII column names unless unicode names are enabled; the header is kept in the column comment</source>
        <translation>除非启用 Unicode 名称，否则 Doris 只接受 ASCII 列名；表头保留在列注释中</translation>
    </message>
    <message>
        <source>the header has no letters or digits</source>
        <translation>表头不含字母或数字</translation>
    </message>
    <message>
        <source>Doris reserves names starting with mv_, mva_ and __doris_</source>
        <translation>Doris 保留以 mv_、mva_ 和 __doris_ 开头的名称</translation>
    </message>
    <message>
        <source>shortened to %1 characters</source>
        <translation>已缩短为 %1 个字符</translation>
    </message>
    <message>
        <source>lower case, with spaces and symbols replaced by _</source>
        <translation>转为小写，空格和符号替换为 _</translation>
    </message>
    <message>
        <source>column %1 already has this name</source>
        <translation>列 %1 已使用此名称</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a reserved word; kept, because every name is backquoted</source>
        <translation>&apos;%1&apos; 是保留字；仍予保留，因为所有名称都用反引号括起</translation>
    </message>
    <message>
        <source>Incorrect column name &apos;%1&apos;. Column regex is &apos;%2&apos;</source>
        <translation>列名 &apos;%1&apos; 不正确。列名正则表达式为 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>With Unicode names, use letters, digits and _ (no spaces, quotes, commas or colons).</source>
        <translation>使用 Unicode 名称时，请使用字母、数字和 _（不含空格、引号、逗号或冒号）。</translation>
    </message>
    <message>
        <source>Incorrect column name &apos;%1&apos;. Column names starting with mv_, mva_ or __DORIS_ are reserved.</source>
        <translation>列名 &apos;%1&apos; 不正确。以 mv_、mva_ 或 __DORIS_ 开头的列名为保留名称。</translation>
    </message>
    <message>
        <source>Rename the column.</source>
        <translation>请重命名该列。</translation>
    </message>
    <message>
        <source>Use ASCII letters, digits and _ (at most 256 characters).</source>
        <translation>请使用 ASCII 字母、数字和 _（最多 256 个字符）。</translation>
    </message>
    <message>
        <source>Incorrect table name &apos;%1&apos;. Table name regex is &apos;%2&apos;</source>
        <translation>表名 &apos;%1&apos; 不正确。表名正则表达式为 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Start with a letter and use letters, digits, - and _ (at most %1 characters).</source>
        <translation>以字母开头，使用字母、数字、- 和 _（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>Incorrect database name &apos;%1&apos;.</source>
        <translation>数据库名 &apos;%1&apos; 不正确。</translation>
    </message>
    <message>
        <source>Start with a letter and use letters, digits, - and _ (at most 64 characters).</source>
        <translation>以字母开头，使用字母、数字、- 和 _（最多 64 个字符）。</translation>
    </message>
    <message numerus="yes">
        <source>the row does not have %n field(s), as the table has</source>
        <translation>
            <numerusform>该行没有表所要求的 %n 个字段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <source>NULL in a NOT NULL column</source>
        <translation>NOT NULL 列中出现 NULL</translation>
    </message>
    <message>
        <source>does not fit the column&apos;s format (%1)</source>
        <translation>不符合该列的格式（%1）</translation>
    </message>
    <message>
        <source>%1; strict mode filters the row</source>
        <translation>%1；严格模式会过滤该行</translation>
    </message>
    <message>
        <source>%1; the NULL it becomes is not allowed in this NOT NULL column</source>
        <translation>%1；转换得到的 NULL 不允许出现在此 NOT NULL 列中</translation>
    </message>
    <message>
        <source>Doris 2.1 reads DECIMAL leniently and stores a different number without a warning (first: %1 → %2); give the column a number format</source>
        <translation>Doris 2.1 宽松读取 DECIMAL，会在无警告的情况下存储不同的数字（第一个：%1 → %2）；请为该列指定数字格式</translation>
    </message>
    <message>
        <source>&apos;.&apos; groups thousands</source>
        <translation>&apos;.&apos; 作为千位分隔符</translation>
    </message>
    <message>
        <source>&apos;,&apos; groups thousands</source>
        <translation>&apos;,&apos; 作为千位分隔符</translation>
    </message>
    <message>
        <source>apostrophe groups thousands</source>
        <translation>撇号作为千位分隔符</translation>
    </message>
    <message>
        <source>space groups thousands</source>
        <translation>空格作为千位分隔符</translation>
    </message>
    <message>
        <source>no thousands separator</source>
        <translation>无千位分隔符</translation>
    </message>
    <message>
        <source>Format &quot;%1&quot;: %2.</source>
        <translation>格式 &quot;%1&quot;：%2。</translation>
    </message>
    <message>
        <source>Write for example number;decimal=,;group=. or date;order=dmy or boolean or text.</source>
        <translation>示例写法：number;decimal=,;group=. 或 date;order=dmy 或 boolean 或 text。</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>the kind must be text, number, date, datetime or boolean</source>
        <translation>种类必须为 text、number、date、datetime 或 boolean</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not key=value</source>
        <translation>&quot;%1&quot; 不是 key=value 形式</translation>
    </message>
    <message>
        <source>decimal must be . or ,</source>
        <translation>decimal 必须为 . 或 ,</translation>
    </message>
    <message>
        <source>group must be none, ., ,, &apos; or space</source>
        <translation>group 必须为 none、.、,、&apos; 或 space</translation>
    </message>
    <message>
        <source>percent must be ratio or points</source>
        <translation>percent 必须为 ratio 或 points</translation>
    </message>
    <message>
        <source>order must be mdy or dmy</source>
        <translation>order 必须为 mdy 或 dmy</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; for this kind</source>
        <translation>此种类的未知键 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the decimal mark and the group separator must differ</source>
        <translation>小数点符号与千位分隔符必须不同</translation>
    </message>
    <message>
        <source>text as written</source>
        <translation>按原样的文本</translation>
    </message>
    <message>
        <source>yes/no words sent as 1/0</source>
        <translation>是/否词语转为 1/0 导入</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>小数逗号</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>小数点</translation>
    </message>
    <message>
        <source>, currency %1 removed</source>
        <translation>，已去除货币符号 %1</translation>
    </message>
    <message>
        <source>, percent as a ratio (12% → 0.12)</source>
        <translation>，百分比按比例（12% → 0.12）</translation>
    </message>
    <message>
        <source>, percent as points (12% → 12)</source>
        <translation>，百分比按点数（12% → 12）</translation>
    </message>
    <message>
        <source>day before month</source>
        <translation>日在月前</translation>
    </message>
    <message>
        <source>month before day</source>
        <translation>月在日前</translation>
    </message>
    <message>
        <source>, offsets converted to %1</source>
        <translation>，偏移已转换为 %1</translation>
    </message>
    <message>
        <source>Text as written</source>
        <translation>按原样的文本</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <source>Decimal point (1.5)</source>
        <translation>小数点（1.5）</translation>
    </message>
    <message>
        <source>Decimal comma (1,5)</source>
        <translation>小数逗号（1,5）</translation>
    </message>
    <message>
        <source>No thousands separator</source>
        <translation>无千位分隔符</translation>
    </message>
    <message>
        <source>Comma (1,234)</source>
        <translation>逗号（1,234）</translation>
    </message>
    <message>
        <source>Point (1.234)</source>
        <translation>点（1.234）</translation>
    </message>
    <message>
        <source>Apostrophe (1&apos;234)</source>
        <translation>撇号（1&apos;234）</translation>
    </message>
    <message>
        <source>Space (1 234)</source>
        <translation>空格（1 234）</translation>
    </message>
    <message>
        <source>12% as 0.12</source>
        <translation>12% 表示为 0.12</translation>
    </message>
    <message>
        <source>12% as 12</source>
        <translation>12% 表示为 12</translation>
    </message>
    <message>
        <source>Month first (07/01/2024 is July 1)</source>
        <translation>月份在前（07/01/2024 为 7 月 1 日）</translation>
    </message>
    <message>
        <source>Day first (07/01/2024 is 7 January)</source>
        <translation>日在前（07/01/2024 为 1 月 7 日）</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not COLUMN:SPEC.</source>
        <translation>--format &quot;%1&quot; 不是 COLUMN:SPEC 形式。</translation>
    </message>
    <message>
        <source>Write for example --format amount:number;decimal=,;group=.</source>
        <translation>示例写法：--format amount:number;decimal=,;group=.</translation>
    </message>
</context>
<context>
    <name>dia::source</name>
    <message>
        <source>Choose the file&apos;s real encoding with the encoding option, or fix the file.</source>
        <translation>请用编码选项选择文件的实际编码，或修复该文件。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>Check the path and the file permissions.</source>
        <translation>请检查路径和文件权限。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>未知编码“%1”。</translation>
    </message>
    <message>
        <source>Use a name such as UTF-8, GB18030, Big5, Shift_JIS, windows-1252 or UTF-16LE.</source>
        <translation>请使用 UTF-8、GB18030、Big5、Shift_JIS、windows-1252 或 UTF-16LE 等名称。</translation>
    </message>
    <message>
        <source>Cannot seek in %1: %2.</source>
        <translation>无法在 %1 中定位：%2。</translation>
    </message>
    <message>
        <source>Read error: %1.</source>
        <translation>读取错误：%1。</translation>
    </message>
    <message>
        <source>The file has a header but no data rows.</source>
        <translation>文件只有表头，没有数据行。</translation>
    </message>
    <message>
        <source>Save the workbook again from Excel, or export it as CSV.</source>
        <translation>请在 Excel 中重新保存工作簿，或导出为 CSV。</translation>
    </message>
    <message>
        <source>Open it in Excel and save it again as .xlsx, or export the sheet as CSV.</source>
        <translation>请在 Excel 中打开并另存为 .xlsx，或将该工作表导出为 CSV。</translation>
    </message>
    <message>
        <source>a blank line</source>
        <translation>一个空行</translation>
    </message>
    <message>
        <source>Line 1</source>
        <translation>第 1 行</translation>
    </message>
    <message>
        <source>Lines 1-%1</source>
        <translation>第 1-%1 行</translation>
    </message>
    <message>
        <source>%1 above the header skipped: %2.</source>
        <translation>已跳过表头上方的%1：%2。</translation>
    </message>
    <message>
        <source>%1 above the data skipped: %2.</source>
        <translation>已跳过数据上方的%1：%2。</translation>
    </message>
    <message>
        <source>%1 is not a readable Excel 97-2003 (.xls) workbook: %2</source>
        <translation>%1 不是可读取的 Excel 97-2003（.xls）工作簿：%2</translation>
    </message>
    <message>
        <source>Check the file permissions.</source>
        <translation>请检查文件权限。</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MiB, too large for an Excel 2-4 worksheet.</source>
        <translation>%1 大于 512 MiB，对 Excel 2-4 工作表来说太大。</translation>
    </message>
    <message>
        <source>The workbook is password-protected.</source>
        <translation>该工作簿有密码保护。</translation>
    </message>
    <message>
        <source>Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation>请在 Excel 中打开它，删除密码（文件 &gt; 信息 &gt; 保护工作簿），然后重新保存。</translation>
    </message>
    <message>
        <source>%1 is an OLE2 compound file but not an Excel workbook: it has no Workbook stream (its streams: %2).</source>
        <translation>%1 是 OLE2 复合文件，但不是 Excel 工作簿：它没有 Workbook 流（它的流：%2）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Choose an Excel workbook, a CSV or an XLSX file (a Word or PowerPoint file cannot be loaded).</source>
        <translation>请选择 Excel 工作簿、CSV 或 XLSX 文件（Word 或 PowerPoint 文件无法导入）。</translation>
    </message>
</context>
<context>
    <name>dia::source::BiffSheetReader</name>
    <message>
        <source>Its sheet at offset %1 does not start with a BOF record.</source>
        <translation>其位于偏移 %1 的工作表不以 BOF 记录开头。</translation>
    </message>
    <message>
        <source>Cells %1 are merged; only the top-left cell has a value, the others are read as empty.</source>
        <translation>单元格 %1 已合并；只有左上角的单元格有值，其余按空值读取。</translation>
    </message>
    <message>
        <source>Its sheet at offset %1 is damaged: a record runs past the end of the workbook stream.</source>
        <translation>其位于偏移 %1 的工作表已损坏：有记录超出了工作簿流的末尾。</translation>
    </message>
    <message>
        <source>Cell %1 lies beyond column %2; cells that far right are ignored.</source>
        <translation>单元格 %1 超出第 %2 列；这么靠右的单元格将被忽略。</translation>
    </message>
    <message>
        <source>Cell %1 holds the error %2; it is read as empty.</source>
        <translation>单元格 %1 包含错误值 %2；按空值读取。</translation>
    </message>
    <message>
        <source>Cell %1 refers to a missing shared string; it is read as empty.</source>
        <translation>单元格 %1 引用了不存在的共享字符串；按空值读取。</translation>
    </message>
</context>
<context>
    <name>dia::source::BiffWorkbook</name>
    <message>
        <source>Its workbook stream does not start with a BIFF BOF record.</source>
        <translation>其工作簿流不以 BIFF BOF 记录开头。</translation>
    </message>
    <message>
        <source>It is an Excel 2-4 file but not a worksheet (a chart or a macro sheet).</source>
        <translation>它是 Excel 2-4 文件，但不是工作表（而是图表或宏表）。</translation>
    </message>
    <message>
        <source>Sheet1</source>
        <translation>Sheet1</translation>
    </message>
    <message>
        <source>Its workbook stream has the unknown BIFF version 0x%1.</source>
        <translation>其工作簿流的 BIFF 版本 0x%1 未知。</translation>
    </message>
    <message>
        <source>The workbook is password-protected.</source>
        <translation>该工作簿有密码保护。</translation>
    </message>
    <message>
        <source>Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation>请在 Excel 中打开它，删除密码（文件 &gt; 信息 &gt; 保护工作簿），然后重新保存。</translation>
    </message>
    <message>
        <source>Its workbook stream is cut short inside the workbook globals.</source>
        <translation>其工作簿流在工作簿全局部分内被截断。</translation>
    </message>
    <message>
        <source>Its sheet &quot;%1&quot; starts past the end of the workbook stream.</source>
        <translation>其工作表“%1”的起点超出了工作簿流的末尾。</translation>
    </message>
    <message>
        <source>Its shared string table (SST) is shorter than its header.</source>
        <translation>其共享字符串表（SST）比其表头还短。</translation>
    </message>
    <message>
        <source>Its shared string table claims %1 strings but holds only %2 bytes.</source>
        <translation>其共享字符串表声称有 %1 个字符串，但只有 %2 字节。</translation>
    </message>
    <message>
        <source>Its shared string %1 runs past the end of the shared string table.</source>
        <translation>其共享字符串 %1 超出了共享字符串表的末尾。</translation>
    </message>
</context>
<context>
    <name>dia::source::CfbReader</name>
    <message>
        <source>It is not an OLE2 compound file (the container of Excel 97-2003 workbooks).</source>
        <translation>它不是 OLE2 复合文件（Excel 97-2003 工作簿的容器）。</translation>
    </message>
    <message>
        <source>Its compound-file header has an invalid sector size (2^%1).</source>
        <translation>其复合文件头的扇区大小无效（2^%1）。</translation>
    </message>
    <message>
        <source>Its compound-file header has an invalid mini sector size (2^%1).</source>
        <translation>其复合文件头的迷你扇区大小无效（2^%1）。</translation>
    </message>
    <message>
        <source>Its compound-file header claims %1 FAT sectors; the file holds only %2 sectors.</source>
        <translation>其复合文件头声称有 %1 个 FAT 扇区；文件只有 %2 个扇区。</translation>
    </message>
    <message>
        <source>Its DIFAT chain is broken (sector %1).</source>
        <translation>其 DIFAT 链已断开（扇区 %1）。</translation>
    </message>
    <message>
        <source>Its DIFAT chain points past the end of the file.</source>
        <translation>其 DIFAT 链指向文件末尾之外。</translation>
    </message>
    <message>
        <source>Its FAT sector %1 lies past the end of the file.</source>
        <translation>其 FAT 扇区 %1 位于文件末尾之外。</translation>
    </message>
    <message>
        <source>The %1 chain loops back to sector %2.</source>
        <translation>%1 链循环回到扇区 %2。</translation>
    </message>
    <message>
        <source>The %1 chain points to sector %2, outside the allocation table.</source>
        <translation>%1 链指向分配表之外的扇区 %2。</translation>
    </message>
    <message>
        <source>Its compound-file directory is empty.</source>
        <translation>其复合文件目录为空。</translation>
    </message>
    <message>
        <source>Its directory sector %1 lies past the end of the file.</source>
        <translation>其目录扇区 %1 位于文件末尾之外。</translation>
    </message>
    <message>
        <source>Its compound-file directory has no root entry.</source>
        <translation>其复合文件目录没有根条目。</translation>
    </message>
    <message>
        <source>Its miniFAT sector %1 lies past the end of the file.</source>
        <translation>其 miniFAT 扇区 %1 位于文件末尾之外。</translation>
    </message>
    <message>
        <source>Its mini stream claims %1 bytes, more than the file holds.</source>
        <translation>其迷你流声称有 %1 字节，超过了文件大小。</translation>
    </message>
    <message>
        <source>Its mini stream sector %1 lies past the end of the file.</source>
        <translation>其迷你流扇区 %1 位于文件末尾之外。</translation>
    </message>
    <message>
        <source>The compound file has no &quot;%1&quot; stream.</source>
        <translation>该复合文件没有“%1”流。</translation>
    </message>
    <message>
        <source>Its &quot;%1&quot; stream claims %2 bytes; streams over 512 MiB are refused.</source>
        <translation>其“%1”流声称有 %2 字节；超过 512 MiB 的流将被拒绝。</translation>
    </message>
    <message>
        <source>Its &quot;%1&quot; stream claims %2 bytes, more than the file holds.</source>
        <translation>其“%1”流声称有 %2 字节，超过了文件大小。</translation>
    </message>
    <message>
        <source>Its &quot;%1&quot; stream points past the end of the mini stream.</source>
        <translation>其“%1”流指向迷你流末尾之外。</translation>
    </message>
    <message>
        <source>Its &quot;%1&quot; stream points past the end of the file (the file is truncated).</source>
        <translation>其“%1”流指向文件末尾之外（文件被截断）。</translation>
    </message>
    <message>
        <source>Its &quot;%1&quot; stream is shorter than its directory entry says (the file is truncated).</source>
        <translation>其“%1”流比目录项所述的短（文件被截断）。</translation>
    </message>
</context>
<context>
    <name>dia::source::CsvTableReader</name>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>Check the path and the file permissions.</source>
        <translation>请检查路径和文件权限。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>未知编码“%1”。</translation>
    </message>
    <message>
        <source>Use a name such as UTF-8, GB18030, Big5, Shift_JIS, windows-1252 or UTF-16LE.</source>
        <translation>请使用 UTF-8、GB18030、Big5、Shift_JIS、windows-1252 或 UTF-16LE 等名称。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>Choose a file that contains data.</source>
        <translation>请选择包含数据的文件。</translation>
    </message>
    <message>
        <source>%1 does not look like a text (CSV) file: it contains binary data.</source>
        <translation>%1 看起来不是文本 (CSV) 文件：其中包含二进制数据。</translation>
    </message>
    <message>
        <source>Choose a CSV, TSV, XLSX or XLS file.</source>
        <translation>请选择 CSV、TSV、XLSX 或 XLS 文件。</translation>
    </message>
    <message>
        <source>%1 contains no data, only blank lines.</source>
        <translation>%1 不包含数据，只有空行。</translation>
    </message>
    <message>
        <source>A line near the top is longer than 64 MB.</source>
        <translation>文件开头附近有一行超过 64 MB。</translation>
    </message>
    <message>
        <source>Invalid %1 byte sequence at byte offset %2.</source>
        <translation>在字节偏移量 %2 处有无效的 %1 字节序列。</translation>
    </message>
    <message>
        <source>Choose the file&apos;s real encoding with the encoding option, or fix the file.</source>
        <translation>请用编码选项选择文件的实际编码，或修复该文件。</translation>
    </message>
    <message>
        <source>The record starting at line %1 is larger than 64 MB.</source>
        <translation>从第 %1 行开始的记录超过 64 MB。</translation>
    </message>
    <message>
        <source>This usually means an unbalanced quote; check the quote character (or choose none).</source>
        <translation>这通常意味着引号不配对；请检查引号字符（或选择“无”）。</translation>
    </message>
    <message>
        <source>The quoted field starting on line %1 is never closed; the rest of the file was read as one field.</source>
        <translation>从第 %1 行开始的带引号字段没有闭合；文件的其余部分被读成了一个字段。</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, the header has %3.</source>
        <translation>第 %1 行有 %2 个字段，表头有 %3 个。</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, expected %3.</source>
        <translation>第 %1 行有 %2 个字段，应为 %3 个。</translation>
    </message>
    <message>
        <source>Seeking is only possible in UTF-8 files.</source>
        <translation>只能在 UTF-8 文件中定位。</translation>
    </message>
    <message>
        <source>Line %1 contains a NUL byte; it is kept in the value as data.</source>
        <translation>第 %1 行包含一个 NUL 字节；它作为数据保留在值中。</translation>
    </message>
</context>
<context>
    <name>dia::source::FormatDetector</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Check the path and the file name.</source>
        <translation>请检查路径和文件名。</translation>
    </message>
    <message>
        <source>%1 is a directory, not a file.</source>
        <translation>%1 是目录，不是文件。</translation>
    </message>
    <message>
        <source>Choose a CSV, TSV, XLSX or XLS file.</source>
        <translation>请选择 CSV、TSV、XLSX 或 XLS 文件。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>Check the file permissions.</source>
        <translation>请检查文件权限。</translation>
    </message>
    <message>
        <source>%1 is an encrypted (password-protected) Excel workbook.</source>
        <translation>%1 是加密（有密码保护）的 Excel 工作簿。</translation>
    </message>
    <message>
        <source>Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation>请在 Excel 中打开它，删除密码（文件 &gt; 信息 &gt; 保护工作簿），然后重新保存。</translation>
    </message>
    <message>
        <source>%1 is named like an Excel workbook but is not one.</source>
        <translation>%1 的文件名像 Excel 工作簿，但它并不是。</translation>
    </message>
    <message>
        <source>Save the workbook again from Excel, or export it as CSV.</source>
        <translation>请在 Excel 中重新保存工作簿，或导出为 CSV。</translation>
    </message>
</context>
<context>
    <name>dia::source::PassthroughBody</name>
    <message>
        <source>Cannot reopen %1.</source>
        <translation>无法重新打开 %1。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
</context>
<context>
    <name>dia::source::RewriteDevice</name>
    <message>
        <source>The chunk ends inside a record.</source>
        <translation>分块在一条记录中间结束。</translation>
    </message>
</context>
<context>
    <name>dia::source::RewrittenRangeBody</name>
    <message>
        <source>Cannot reopen %1: %2</source>
        <translation>无法重新打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>dia::source::SpoolBody</name>
    <message>
        <source>Cannot create a spool file in %1: %2.</source>
        <translation>无法在 %1 中创建暂存文件：%2。</translation>
    </message>
    <message>
        <source>Check that the spool directory is writable and has free space.</source>
        <translation>请检查暂存目录是否可写且有剩余空间。</translation>
    </message>
    <message>
        <source>Cannot write the spool file: %1.</source>
        <translation>无法写入暂存文件：%1。</translation>
    </message>
    <message>
        <source>Check that the spool directory has free space.</source>
        <translation>请检查暂存目录是否有剩余空间。</translation>
    </message>
    <message>
        <source>Cannot reopen the spool file %1.</source>
        <translation>无法重新打开暂存文件 %1。</translation>
    </message>
    <message>
        <source>Cannot name a spool file in %1.</source>
        <translation>无法在 %1 中为暂存文件命名。</translation>
    </message>
</context>
<context>
    <name>dia::source::Utf8RangeReader</name>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>未知编码“%1”。</translation>
    </message>
    <message>
        <source>The byte sequence at offset %1 is not valid %2.</source>
        <translation>偏移 %1 处的字节序列不是有效的 %2。</translation>
    </message>
</context>
<context>
    <name>dia::source::XlsTableReader</name>
    <message>
        <source>The workbook has no worksheets.</source>
        <translation>该工作簿没有工作表。</translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;%1&quot;; its sheets are: %2.</source>
        <translation>该工作簿中没有工作表“%1”；现有工作表为：%2。</translation>
    </message>
    <message>
        <source>Choose a sheet by name or by 0-based index.</source>
        <translation>请按名称或从 0 开始的序号选择工作表。</translation>
    </message>
    <message>
        <source>Check that the workbook holds a worksheet (charts and macro sheets cannot be loaded).</source>
        <translation>请确认工作簿中有工作表（图表和宏表无法导入）。</translation>
    </message>
</context>
<context>
    <name>dia::source::XlsxEntryReader</name>
    <message>
        <source>%1 is not a readable XLSX (zip) file.</source>
        <translation>%1 不是可读取的 XLSX (zip) 文件。</translation>
    </message>
    <message>
        <source>Save the workbook again from Excel, or export it as CSV.</source>
        <translation>请在 Excel 中重新保存工作簿，或导出为 CSV。</translation>
    </message>
    <message>
        <source>The workbook has no part %1.</source>
        <translation>工作簿中没有部件 %1。</translation>
    </message>
    <message>
        <source>Cannot read the zip directory entry of %1.</source>
        <translation>无法读取 %1 的 zip 目录项。</translation>
    </message>
    <message>
        <source>The workbook is encrypted.</source>
        <translation>该工作簿已加密。</translation>
    </message>
    <message>
        <source>Remove the password in Excel (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation>请在 Excel 中删除密码（文件 &gt; 信息 &gt; 保护工作簿），然后重新保存。</translation>
    </message>
    <message>
        <source>The workbook part %1 would expand from %2 to %3 bytes; refusing it as a possible zip bomb.</source>
        <translation>工作簿部件 %1 解压后会从 %2 字节膨胀到 %3 字节；可能是 zip 炸弹，已拒绝。</translation>
    </message>
    <message>
        <source>If the file is genuine, export the sheet as CSV and load that instead.</source>
        <translation>如果文件确实没有问题，请将该工作表导出为 CSV 后导入。</translation>
    </message>
    <message>
        <source>Cannot open the workbook part %1.</source>
        <translation>无法打开工作簿部件 %1。</translation>
    </message>
    <message>
        <source>The workbook part %1 is corrupt.</source>
        <translation>工作簿部件 %1 已损坏。</translation>
    </message>
    <message>
        <source>The workbook part %1 expands beyond its limits; refusing it as a possible zip bomb.</source>
        <translation>工作簿部件 %1 解压后超出限制；可能是 zip 炸弹，已拒绝。</translation>
    </message>
</context>
<context>
    <name>dia::source::XlsxSheetScanner</name>
    <message>
        <source>The workbook part %1 is not valid XML: %2.</source>
        <translation>工作簿部件 %1 不是有效的 XML：%2。</translation>
    </message>
    <message>
        <source>Save the workbook again from Excel, or export it as CSV.</source>
        <translation>请在 Excel 中重新保存工作簿，或导出为 CSV。</translation>
    </message>
    <message>
        <source>an element or text is larger than 64 MB</source>
        <translation>某个元素或文本超过 64 MB</translation>
    </message>
    <message>
        <source>only UTF-8 worksheet parts are supported</source>
        <translation>仅支持 UTF-8 编码的工作表部件</translation>
    </message>
    <message>
        <source>text outside the root element</source>
        <translation>根元素之外有文本</translation>
    </message>
    <message>
        <source>an unknown or malformed entity reference</source>
        <translation>未知或格式错误的实体引用</translation>
    </message>
    <message>
        <source>The workbook part %1 is truncated.</source>
        <translation>工作簿部件 %1 被截断。</translation>
    </message>
    <message>
        <source>the part ends inside a tag</source>
        <translation>部件在标签内部结束</translation>
    </message>
    <message>
        <source>CDATA outside the root element</source>
        <translation>根元素之外有 CDATA</translation>
    </message>
    <message>
        <source>The workbook part %1 declares a DTD or entities; refusing it (possible entity-expansion attack).</source>
        <translation>工作簿部件 %1 声明了 DTD 或实体；已拒绝（可能是实体扩展攻击）。</translation>
    </message>
    <message>
        <source>Workbooks saved by Excel or LibreOffice never contain one; save the file again.</source>
        <translation>Excel 或 LibreOffice 保存的工作簿从不包含 DTD；请重新保存该文件。</translation>
    </message>
    <message>
        <source>a malformed end tag</source>
        <translation>格式错误的结束标签</translation>
    </message>
    <message>
        <source>the end tag &lt;/%1&gt; does not match</source>
        <translation>结束标签 &lt;/%1&gt; 不匹配</translation>
    </message>
    <message>
        <source>a tag without a name</source>
        <translation>没有名称的标签</translation>
    </message>
    <message>
        <source>a malformed tag &lt;%1&gt;</source>
        <translation>格式错误的标签 &lt;%1&gt;</translation>
    </message>
    <message>
        <source>a malformed attribute in &lt;%1&gt;</source>
        <translation>&lt;%1&gt; 中有格式错误的属性</translation>
    </message>
    <message>
        <source>an unquoted attribute value in &lt;%1&gt;</source>
        <translation>&lt;%1&gt; 中有未加引号的属性值</translation>
    </message>
    <message>
        <source>&apos;&lt;&apos; in an attribute value</source>
        <translation>属性值中含有 &apos;&lt;&apos;</translation>
    </message>
    <message>
        <source>a second root element</source>
        <translation>第二个根元素</translation>
    </message>
</context>
<context>
    <name>dia::source::XlsxTableReader</name>
    <message>
        <source>Row %1 has %2 cells, the header has %3.</source>
        <translation>第 %1 行有 %2 个单元格，表头有 %3 个。</translation>
    </message>
    <message>
        <source>Cell %1 refers to a missing shared string; it is read as empty.</source>
        <translation>单元格 %1 引用了不存在的共享字符串；按空值读取。</translation>
    </message>
    <message>
        <source>Cell %1 holds the error %2; it is read as empty.</source>
        <translation>单元格 %1 包含错误值 %2；按空值读取。</translation>
    </message>
    <message>
        <source>Cell reference &quot;%1&quot; in row %2 is invalid.</source>
        <translation>第 %2 行中的单元格引用“%1”无效。</translation>
    </message>
    <message>
        <source>Save the workbook again from Excel, or export it as CSV.</source>
        <translation>请在 Excel 中重新保存工作簿，或导出为 CSV。</translation>
    </message>
    <message>
        <source>Cells %1 are merged; only the top-left cell has a value, the others are read as empty.</source>
        <translation>单元格 %1 已合并；只有左上角的单元格有值，其余按空值读取。</translation>
    </message>
</context>
<context>
    <name>dia::source::XlsxWorkbook</name>
    <message>
        <source>The workbook has no worksheets.</source>
        <translation>该工作簿没有工作表。</translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;%1&quot;; its sheets are: %2.</source>
        <translation>该工作簿中没有工作表“%1”；现有工作表为：%2。</translation>
    </message>
    <message>
        <source>Choose a sheet by name or by 0-based index.</source>
        <translation>请按名称或从 0 开始的序号选择工作表。</translation>
    </message>
    <message>
        <source>%1 is not a readable XLSX (zip) file.</source>
        <translation>%1 不是可读取的 XLSX (zip) 文件。</translation>
    </message>
    <message>
        <source>The workbook has too many parts (%1).</source>
        <translation>该工作簿的部件过多（%1 个）。</translation>
    </message>
    <message>
        <source>The workbook is encrypted.</source>
        <translation>该工作簿已加密。</translation>
    </message>
    <message>
        <source>Remove the password in Excel (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation>请在 Excel 中删除密码（文件 &gt; 信息 &gt; 保护工作簿），然后重新保存。</translation>
    </message>
    <message>
        <source>%1 is a zip file but not an Excel workbook (no xl/workbook.xml).</source>
        <translation>%1 是 zip 文件，但不是 Excel 工作簿（没有 xl/workbook.xml）。</translation>
    </message>
</context>
<context>
    <name>dia::source::XlsxXmlStream</name>
    <message>
        <source>The workbook part %1 declares a DTD or entities; refusing it (possible entity-expansion attack).</source>
        <translation>工作簿部件 %1 声明了 DTD 或实体；已拒绝（可能是实体扩展攻击）。</translation>
    </message>
    <message>
        <source>Workbooks saved by Excel or LibreOffice never contain one; save the file again.</source>
        <translation>Excel 或 LibreOffice 保存的工作簿从不包含 DTD；请重新保存该文件。</translation>
    </message>
    <message>
        <source>The workbook part %1 is truncated.</source>
        <translation>工作簿部件 %1 被截断。</translation>
    </message>
    <message>
        <source>Save the workbook again from Excel, or export it as CSV.</source>
        <translation>请在 Excel 中重新保存工作簿，或导出为 CSV。</translation>
    </message>
    <message>
        <source>The workbook part %1 is not valid XML: %2 (line %3).</source>
        <translation>工作簿部件 %1 不是有效的 XML：%2（第 %3 行）。</translation>
    </message>
</context>
<context>
    <name>dia::ui::BackendLoadPanel</name>
    <message>
        <source>gzip</source>
        <translation>gzip</translation>
    </message>
    <message>
        <source>LZ4</source>
        <translation>LZ4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Rows per BE appear as chunks commit.</source>
        <translation>各 BE 的行数会随分块提交显示。</translation>
    </message>
    <message numerus="yes">
        <source>%n BE(s) took the chunks: %1 rows in all.</source>
        <translation>
            <numerusform>%n 个 BE 接收了分块：共 %1 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Compression: %1; %2 of data went as %3 on the wire (%4 %).</source>
        <translation>压缩：%1；%2 数据在网络上传输了 %3（%4 %）。</translation>
    </message>
    <message>
        <source>Automatic chose %1: %2</source>
        <translation>自动选择了 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Chunk %1 (%2, %n attempt(s)): %3</source>
        <translation>
            <numerusform>分块 %1（%2，%n 次尝试）：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Sent again through the FE to another BE:&lt;/b&gt; chunk(s) %1 (each row still loaded once, checked by label; the reasons are in the tooltip and the Log).</source>
        <translation>&lt;b&gt;已经由 FE 重新发送到另一个 BE：&lt;/b&gt;分块 %1（每行仍只导入一次，已按标签核对；原因见提示和日志）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sent again through the FE to another BE&lt;/b&gt; (each row still loaded once, checked by label):</source>
        <translation>&lt;b&gt;已经由 FE 重新发送到另一个 BE&lt;/b&gt;（每行仍只导入一次，已按标签核对）：</translation>
    </message>
</context>
<context>
    <name>dia::ui::BackendReachabilityModel</name>
    <message>
        <source>Mapped: the FE names %1, this machine connects to %2.</source>
        <translation>已映射：FE 给出的是 %1，本机连接 %2。</translation>
    </message>
    <message>
        <source>as named</source>
        <translation>按原地址</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>yes (%1 ms)</source>
        <translation>是（%1 毫秒）</translation>
    </message>
    <message>
        <source>listening, but Doris does not count it as alive</source>
        <translation>端口在监听，但 Doris 不认为它存活</translation>
    </message>
    <message>
        <source>BE (as the FE names it)</source>
        <translation>BE（FE 给出的地址）</translation>
    </message>
    <message>
        <source>Connects to</source>
        <translation>连接到</translation>
    </message>
    <message>
        <source>Alive</source>
        <translation>存活</translation>
    </message>
    <message>
        <source>Reachable from here</source>
        <translation>本机可访问</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>dia::ui::BackendStatsModel</name>
    <message>
        <source>What one stream to this BE achieved: its bytes over the summed time of its requests.</source>
        <translation>发往此 BE 的单个并发流达到的速度：字节数除以其请求时间之和。</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/秒</translation>
    </message>
    <message>
        <source>BE</source>
        <translation>BE</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>分块数</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据量</translation>
    </message>
    <message>
        <source>On the wire</source>
        <translation>网络传输量</translation>
    </message>
    <message>
        <source>Per stream</source>
        <translation>每个并发流</translation>
    </message>
</context>
<context>
    <name>dia::ui::ChunkModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>已过滤</translation>
    </message>
    <message>
        <source>First line</source>
        <translation>起始行</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>precommitted</source>
        <translation>已预提交</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>BE</source>
        <translation>BE</translation>
    </message>
</context>
<context>
    <name>dia::ui::ColumnFormatPanel</name>
    <message>
        <source>Form&amp;at:</source>
        <translation>格式(&amp;A)：</translation>
    </message>
    <message>
        <source>Deci&amp;mal mark:</source>
        <translation>小数点(&amp;M)：</translation>
    </message>
    <message>
        <source>Thousands se&amp;parator:</source>
        <translation>千位分隔符(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>货币(&amp;U)：</translation>
    </message>
    <message>
        <source>P&amp;ercent:</source>
        <translation>百分号(&amp;E)：</translation>
    </message>
    <message>
        <source>Date &amp;order:</source>
        <translation>日期顺序(&amp;O)：</translation>
    </message>
    <message>
        <source>Bac&amp;k to detected</source>
        <translation>恢复为检测结果(&amp;K)</translation>
    </message>
    <message>
        <source>Forget the format chosen here: read the column as detected from the whole file.</source>
        <translation>放弃此处选择的格式：按从整个文件检测出的格式读取该列。</translation>
    </message>
    <message>
        <source>none, or €, $, EUR…</source>
        <translation>无，或 €、$、EUR…</translation>
    </message>
    <message>
        <source>First values in the file and what Doris gets:</source>
        <translation>文件中的前几个值及 Doris 实际收到的值：</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>文件中</translation>
    </message>
    <message>
        <source>Loads as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Format of the selected column</source>
        <translation>所选列的格式</translation>
    </message>
    <message>
        <source>Format of &apos;%1&apos; (chosen by you)</source>
        <translation>“%1”的格式（由您选择）</translation>
    </message>
    <message>
        <source>Format of &apos;%1&apos; (detected)</source>
        <translation>“%1”的格式（检测得出）</translation>
    </message>
    <message>
        <source>No % sign</source>
        <translation>无 % 号</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>dia::ui::ConnectPage</name>
    <message>
        <source>Enter the FE host.</source>
        <translation>请输入 FE 主机。</translation>
    </message>
    <message>
        <source>It is the machine your Doris frontend runs on.</source>
        <translation>即运行 Doris 前端 (FE) 的机器。</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>Connection test failed: %1</source>
        <translation>连接测试失败：%1</translation>
    </message>
    <message>
        <source>Connected to %1 (%2).</source>
        <translation>已连接到 %1（%2）。</translation>
    </message>
    <message>
        <source>The settings changed; test the connection again.</source>
        <translation>设置已更改，请重新测试连接。</translation>
    </message>
    <message>
        <source>Name the connection first.</source>
        <translation>请先为连接命名。</translation>
    </message>
    <message>
        <source>Type a name in the &apos;Saved connection&apos; box.</source>
        <translation>在“已保存的连接”框中输入名称。</translation>
    </message>
    <message>
        <source>Saved the connection &apos;%1&apos;. The password is never written to the settings file.</source>
        <translation>已保存连接“%1”。密码绝不会写入设置文件。</translation>
    </message>
    <message>
        <source>Reopen to resume</source>
        <translation>重新打开以续传</translation>
    </message>
    <message>
        <source>Write the BE address mapping as advertised=reachable pairs separated by commas, e.g. be1.internal:8040=10.0.0.7:8040, or one HOST:PORT for every load.</source>
        <translation>BE 地址映射写作以逗号分隔的“公布地址=可访问地址”对，例如 be1.internal:8040=10.0.0.7:8040，或者写一个 HOST:PORT 供所有导入使用。</translation>
    </message>
    <message>
        <source>%1 (mapped to %2)</source>
        <translation>%1（映射到 %2）</translation>
    </message>
    <message>
        <source>BE %1 cannot be reached from here: %2.</source>
        <translation>本机无法访问 BE %1：%2。</translation>
    </message>
    <message>
        <source>BE %1 is not alive in SHOW BACKENDS and cannot be reached from here: %2.</source>
        <translation>BE %1 在 SHOW BACKENDS 中不存活，本机也无法访问：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n BE(s) cannot be reached from this machine.</source>
        <translation>
            <numerusform>本机无法访问 %n 个 BE。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loads the FE sends to such a BE fail and are sent again through another one. If the BE runs but advertises an address this machine cannot reach (Docker, Kubernetes, NAT), map it in &apos;BE address mapping&apos; to one that reaches it, e.g. %1=10.0.0.7:8040, and press Enter.</source>
        <translation>FE 发往这类 BE 的导入会失败，并经由另一个 BE 重新发送。如果该 BE 正在运行，但公布的地址本机无法访问（Docker、Kubernetes、NAT），请在“BE 地址映射”中把它映射到可访问的地址，例如 %1=10.0.0.7:8040，然后按回车键。</translation>
    </message>
    <message numerus="yes">
        <source>A BE that is not alive takes no loads until it is back; replicas and parallel loads follow the %n alive BE(s).</source>
        <translation>
            <numerusform>不存活的 BE 在恢复之前不接收导入；副本数和并行导入数以 %n 个存活 BE 为准。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dia::ui::DdlPage</name>
    <message>
        <source>Duplicate key (keep every row)</source>
        <translation>Duplicate 模型（保留每一行）</translation>
    </message>
    <message>
        <source>Unique key (upsert by key)</source>
        <translation>Unique 模型（按主键更新）</translation>
    </message>
    <message>
        <source>You edited the statement by hand, so it was not regenerated. Click Regenerate to apply the options.</source>
        <translation>您手动编辑了语句，因此未重新生成。点击“重新生成”以应用选项。</translation>
    </message>
    <message>
        <source>Copied the statement to the clipboard.</source>
        <translation>已将语句复制到剪贴板。</translation>
    </message>
    <message>
        <source>The statement must be a CREATE TABLE.</source>
        <translation>语句必须是 CREATE TABLE。</translation>
    </message>
    <message>
        <source>Click Regenerate to start again.</source>
        <translation>点击“重新生成”重新开始。</translation>
    </message>
    <message>
        <source>Creating the table…</source>
        <translation>正在创建表…</translation>
    </message>
    <message>
        <source>Created the table %1.</source>
        <translation>已创建表 %1。</translation>
    </message>
    <message>
        <source>Doris refused the statement: %1</source>
        <translation>Doris 拒绝了该语句：%1</translation>
    </message>
    <message>
        <source>CREATE TABLE failed: %1</source>
        <translation>CREATE TABLE 失败：%1</translation>
    </message>
    <message>
        <source>The table %1 exists already: the interrupted import created it. Go on to Resume.</source>
        <translation>表 %1 已存在：由中断的导入创建。请继续并使用“继续导入”。</translation>
    </message>
    <message>
        <source>The table %1.%2 already exists; nothing was created.</source>
        <translation>表 %1.%2 已存在，未创建任何内容。</translation>
    </message>
    <message>
        <source>Go back and choose another name for the new table, or choose &apos;Existing table&apos; to add the rows to it.</source>
        <translation>请返回为新表另取一个名称，或选择“已有表”把数据行加入该表。</translation>
    </message>
    <message numerus="yes">
        <source>%1 replicas, but the cluster has %n alive BE(s): Doris refuses such a table (each replica needs a BE of its own).</source>
        <translation>
            <numerusform>%1 个副本，但集群只有 %n 个存活 BE：Doris 会拒绝这样的表（每个副本需要单独的 BE）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your choice. Proposed: %1</source>
        <translation>您的选择。建议：%1</translation>
    </message>
    <message>
        <source>More replicas than alive BEs</source>
        <translation>副本数多于存活 BE</translation>
    </message>
    <message numerus="yes">
        <source>The statement asks for %1 replicas, but the cluster has %n alive BE(s). Doris refuses such a CREATE TABLE: each replica needs a BE of its own.

Send it anyway?</source>
        <translation>
            <numerusform>该语句要求 %1 个副本，但集群只有 %n 个存活 BE。Doris 会拒绝这样的 CREATE TABLE：每个副本需要单独的 BE。

仍然发送吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending CREATE TABLE with %1 replicas to a cluster with %2 alive BEs, as asked.</source>
        <translation>按您的要求，向只有 %2 个存活 BE 的集群发送 %1 个副本的 CREATE TABLE。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent. Set Replicas to at most %n (the alive BEs), or start the BEs that are down and test the connection again.</source>
        <translation>
            <numerusform>未发送任何语句。请把副本数设为不超过 %n（存活 BE 数），或者启动停止的 BE 后重新测试连接。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dia::ui::GuiApp</name>
    <message>
        <source>Connected to the local Doris sandbox (doris-sim on this machine): try a whole import without a cluster. The sample workbook sales.xlsx has a few deliberately bad rows.</source>
        <translation>已连接到本地 Doris 沙箱（本机上的 doris-sim）：无需集群即可体验完整的导入流程。示例工作簿 sales.xlsx 中有几行故意设置的错误数据。</translation>
    </message>
</context>
<context>
    <name>dia::ui::ImportWizard</name>
    <message>
        <source>Opened the recipe %1. Test the connection to continue.</source>
        <translation>已打开导入方案 %1。请测试连接以继续。</translation>
    </message>
    <message>
        <source>Saved the recipe %1.</source>
        <translation>已保存导入方案 %1。</translation>
    </message>
    <message>
        <source>New &amp;import</source>
        <translation>新建导入(&amp;I)</translation>
    </message>
    <message>
        <source>A load is running: cancel it or wait for it before starting a new import.</source>
        <translation>正在导入：请先取消或等待其结束，再开始新的导入。</translation>
    </message>
    <message>
        <source>New import: choose the next file.</source>
        <translation>新建导入：请选择下一个文件。</translation>
    </message>
    <message>
        <source>Opened the recipe %1. Go on with Next.</source>
        <translation>已打开导入配方 %1。请点击“下一步”继续。</translation>
    </message>
    <message>
        <source>The import of %1 into %2.%3 did not finish. Reopen it, then use Resume on the Load page: only the chunks that did not commit are sent.</source>
        <translation>%1 导入到 %2.%3 未完成。重新打开它，然后在导入页面使用“继续导入”：只发送尚未提交的分块。</translation>
    </message>
</context>
<context>
    <name>dia::ui::LoadPage</name>
    <message>
        <source>An earlier load of this file into this table did not finish. Resume sends only the chunks that did not commit; chunks that may have committed are checked by their labels first.</source>
        <translation>之前将此文件导入此表的任务未完成。续传只发送未提交的分块；可能已提交的分块会先按标签核对。</translation>
    </message>
    <message>
        <source>Resuming the load into %1.%2.</source>
        <translation>正在续传到 %1.%2。</translation>
    </message>
    <message>
        <source>Loading %1 into %2.%3.</source>
        <translation>正在将 %1 导入 %2.%3。</translation>
    </message>
    <message>
        <source>Cancelling the load…</source>
        <translation>正在取消导入…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Loaded %1 rows in %2 s; %3 filtered.</source>
        <translation>在 %2 秒内导入 %1 行；过滤 %3 行。</translation>
    </message>
    <message>
        <source>Load finished: %1 rows loaded, %2 filtered.</source>
        <translation>导入完成：已导入 %1 行，过滤 %2 行。</translation>
    </message>
    <message>
        <source>The load was cancelled. Chunks that committed stay loaded; Resume sends the rest.</source>
        <translation>导入已取消。已提交的分块保留；续传将发送其余部分。</translation>
    </message>
    <message>
        <source>Load cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>Load failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message>
        <source>Load cancelled; it will not be offered for resuming.</source>
        <translation>导入已取消；下次启动不会再提示继续。</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>剩余 %1:%2</translation>
    </message>
    <message>
        <source>%1 of %2 rows committed, %3 filtered · %4 read · %5 rows/s · %6/s</source>
        <translation>已提交 %1 / %2 行，过滤 %3 行 · 已读取 %4 · %5 行/秒 · %6/秒</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Chunk %1 is sent again (attempt %2): %3</source>
        <translation>分块 %1 重新发送（第 %2 次尝试）：%3</translation>
    </message>
    <message>
        <source>no answer from Doris</source>
        <translation>Doris 没有应答</translation>
    </message>
    <message>
        <source>%1 was already loaded into %2.%3 at %4: %5 rows.

Load it again? Its rows would then be in the table twice.</source>
        <translation>%1 已于 %4 导入到 %2.%3：%5 行。

要再次导入吗？这些行将在表中出现两次。</translation>
    </message>
    <message>
        <source>Load the file again?</source>
        <translation>再次导入该文件？</translation>
    </message>
    <message>
        <source>Loading %1 into %2.%3 again, as asked.</source>
        <translation>按要求再次将 %1 导入到 %2.%3。</translation>
    </message>
    <message>
        <source>Nothing was loaded: %1.%2 already holds this file&apos;s %3 rows.</source>
        <translation>未导入任何数据：%1.%2 已包含该文件的 %3 行。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>gzip</source>
        <translation>gzip</translation>
    </message>
    <message>
        <source>LZ4</source>
        <translation>LZ4</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Reading the whole file first: its value formats decide how values are sent. The load starts as soon as the scan is done.</source>
        <translation>正在先读取整个文件：其值的格式决定了值如何发送。扫描完成后将立即开始导入。</translation>
    </message>
</context>
<context>
    <name>dia::ui::MainWindow</name>
    <message>
        <source>Doris Import Assistant</source>
        <translation>Doris 导入助手</translation>
    </message>
    <message>
        <source>About Doris Import Assistant</source>
        <translation>关于 Doris 导入助手</translation>
    </message>
    <message>
        <source>&lt;b&gt;Doris Import Assistant&lt;/b&gt; %1&lt;br&gt;From a spreadsheet to rows in an Apache Doris table.</source>
        <translation>&lt;b&gt;Doris 导入助手&lt;/b&gt; %1&lt;br&gt;从电子表格到 Apache Doris 表中的数据行。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open recipe…</source>
        <translation>打开导入方案(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save recipe…</source>
        <translation>保存导入方案(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Doris Stream Load documentation</source>
        <translation>Doris Stream Load 文档</translation>
    </message>
    <message>
        <source>Doris CREATE TABLE documentation</source>
        <translation>Doris CREATE TABLE 文档</translation>
    </message>
    <message>
        <source>Doris data types</source>
        <translation>Doris 数据类型</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Open import recipe</source>
        <translation>打开导入方案</translation>
    </message>
    <message>
        <source>Import recipes (*.json)</source>
        <translation>导入方案 (*.json)</translation>
    </message>
    <message>
        <source>Save import recipe</source>
        <translation>保存导入方案</translation>
    </message>
    <message>
        <source>&amp;New import</source>
        <translation>新建导入(&amp;N)</translation>
    </message>
    <message>
        <source>A load is running</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>A load is running. Closing now stops it; the chunks Doris committed stay in the table.

Close and resume later: the next start offers to send only the rest.
Cancel the load and close: the import is not offered again.</source>
        <translation>正在导入。现在关闭会停止导入；Doris 已提交的分块保留在表中。

关闭，稍后继续：下次启动时会提示只发送剩余部分。
取消导入并关闭：不会再提示这次导入。</translation>
    </message>
    <message>
        <source>&amp;Keep loading</source>
        <translation>继续导入(&amp;K)</translation>
    </message>
    <message>
        <source>Close and &amp;resume later</source>
        <translation>关闭，稍后继续(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel the load and &amp;close</source>
        <translation>取消导入并关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
</context>
<context>
    <name>dia::ui::MappingModel</name>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>A column name cannot be empty.</source>
        <translation>列名不能为空。</translation>
    </message>
    <message>
        <source>Set by you.</source>
        <translation>由您设置。</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>File column</source>
        <translation>文件列</translation>
    </message>
    <message>
        <source>Doris column</source>
        <translation>Doris 列</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Nullable</source>
        <translation>可为空</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Rows at risk</source>
        <translation>风险行</translation>
    </message>
    <message>
        <source>Chosen by you; change it below the table.</source>
        <translation>由您选择；可在表格下方修改。</translation>
    </message>
    <message>
        <source>Detected from the whole file; change it below the table.</source>
        <translation>根据整个文件检测得出；可在表格下方修改。</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Loads as</source>
        <translation>导入为</translation>
    </message>
</context>
<context>
    <name>dia::ui::MappingPage</name>
    <message>
        <source>Type for example INT, VARCHAR(64), DECIMAL(10,2) or DATETIME.</source>
        <translation>例如输入 INT、VARCHAR(64)、DECIMAL(10,2) 或 DATETIME。</translation>
    </message>
    <message>
        <source>Types are proposed from the first rows; they are refined when the scan of the whole file finishes.</source>
        <translation>类型根据前几行推断；扫描完整个文件后会进一步完善。</translation>
    </message>
    <message>
        <source>Matched by name.</source>
        <translation>按名称匹配。</translation>
    </message>
    <message>
        <source>Matched by position.</source>
        <translation>按位置匹配。</translation>
    </message>
    <message>
        <source>No file column feeds %1; they get their default or NULL.</source>
        <translation>没有文件列对应 %1；它们将取默认值或 NULL。</translation>
    </message>
    <message>
        <source>Fix these before loading (skip the column or choose another target):&lt;br&gt;%1</source>
        <translation>导入前请修正以下问题（跳过该列或选择其他目标列）：&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Every column is skipped.</source>
        <translation>所有列都被跳过了。</translation>
    </message>
    <message>
        <source>Tick &apos;Load&apos; for at least one column.</source>
        <translation>请至少为一列勾选“导入”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Doris type the assistant can load into.</source>
        <translation>“%1”不是助手可以导入的 Doris 类型。</translation>
    </message>
    <message>
        <source>From the recipe.</source>
        <translation>来自导入方案。</translation>
    </message>
    <message>
        <source>Checking every row against the Doris types…</source>
        <translation>正在按 Doris 类型检查每一行…</translation>
    </message>
    <message>
        <source> (line %1: &apos;%2&apos;)</source>
        <translation>（第 %1 行：“%2”）</translation>
    </message>
    <message>
        <source>Doris would load %1 of %2 rows and filter %3 (%4%).</source>
        <translation>Doris 将导入 %2 行中的 %1 行，过滤 %3 行（%4%）。</translation>
    </message>
    <message>
        <source>%1 rows have the wrong number of fields.</source>
        <translation>%1 行的字段数不正确。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Passes&lt;/b&gt; max_filter_ratio %1.</source>
        <translation>&lt;b&gt;满足&lt;/b&gt; max_filter_ratio %1。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fails&lt;/b&gt; max_filter_ratio %1: the load would be rejected. Raise the ratio, change the types, or fix the rows.</source>
        <translation>&lt;b&gt;不满足&lt;/b&gt; max_filter_ratio %1：导入将被拒绝。请提高比例、修改类型或修正数据行。</translation>
    </message>
    <message>
        <source>Proposing tight types: the narrowest that fit the values in this file.</source>
        <translation>正在推荐紧凑类型：刚好容纳本文件中值的最窄类型。</translation>
    </message>
    <message>
        <source>Proposing roomy types that leave space for next month&apos;s data.</source>
        <translation>正在推荐宽松类型，为下个月的数据留出空间。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1.%2 already exists.&lt;/b&gt; Choose another name, or choose &apos;Existing table&apos; to add the rows to it.</source>
        <translation>&lt;b&gt;%1.%2 已存在。&lt;/b&gt;请另取一个名称，或选择“已有表”把数据行加入该表。</translation>
    </message>
    <message>
        <source>%1.%2 is a new name: the table will be created.</source>
        <translation>%1.%2 是新名称：将创建该表。</translation>
    </message>
    <message>
        <source>The rules or types changed: press Check rows for a new prediction.</source>
        <translation>规则或类型已更改：请点击“检查数据行”重新预测。</translation>
    </message>
    <message>
        <source>Empty cells load as empty text (&apos;&apos;) in nullable text columns.</source>
        <translation>可为空的文本列中，空单元格导入为空文本（&apos;&apos;）。</translation>
    </message>
    <message>
        <source>Empty cells load as NULL.</source>
        <translation>空单元格导入为 NULL。</translation>
    </message>
    <message>
        <source>The table %1.%2 already exists.</source>
        <translation>表 %1.%2 已存在。</translation>
    </message>
    <message>
        <source>Choose another name for the new table, or choose &apos;Existing table&apos; to add the rows to it.</source>
        <translation>请为新表另取一个名称，或选择“已有表”把数据行加入该表。</translation>
    </message>
    <message>
        <source>Date-times with an offset or Z (%1) are converted to %2.</source>
        <translation>带偏移量或 Z 的日期时间（%1）将转换到 %2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is read as: %2. Type %3.</source>
        <translation>“%1”现按以下格式读取：%2。类型 %3。</translation>
    </message>
    <message>
        <source>Reading &apos;%1&apos; again as detected…</source>
        <translation>正在按检测结果重新读取“%1”…</translation>
    </message>
    <message>
        <source>Reading &apos;%1&apos; again with the format chosen…</source>
        <translation>正在按所选格式重新读取“%1”…</translation>
    </message>
    <message>
        <source>does not convert: row filtered</source>
        <translation>无法转换：该行被过滤</translation>
    </message>
    <message>
        <source>does not convert: NULL</source>
        <translation>无法转换：导入为 NULL</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>按原样</translation>
    </message>
    <message>
        <source>The column is skipped: nothing of it is loaded.</source>
        <translation>该列已跳过：不导入其中任何内容。</translation>
    </message>
    <message>
        <source>%1 of the first %2 values do not convert; Check rows counts them in the whole file.</source>
        <translation>前 %2 个值中有 %1 个无法转换；“检查行”会统计整个文件中的数量。</translation>
    </message>
    <message>
        <source>%1 of the first %2 values load as NULL (empty cells, N/A, #N/A, Excel errors).</source>
        <translation>前 %2 个值中有 %1 个导入为 NULL（空单元格、N/A、#N/A、Excel 错误值）。</translation>
    </message>
    <message>
        <source>Values are converted once the scan of the whole file has finished.</source>
        <translation>整个文件扫描完成后才会转换这些值。</translation>
    </message>
    <message>
        <source>chosen here</source>
        <translation>在此选择</translation>
    </message>
    <message>
        <source>the cluster&apos;s time_zone</source>
        <translation>集群的 time_zone</translation>
    </message>
    <message>
        <source>the cluster&apos;s time_zone could not be read</source>
        <translation>无法读取集群的 time_zone</translation>
    </message>
    <message>
        <source>%1 (%2): values with an offset or Z in %3 are converted to it and loaded without the offset.</source>
        <translation>%1（%2）：%3 中带偏移量或 Z 的值会转换到该时区，并去掉偏移量后导入。</translation>
    </message>
    <message>
        <source>For example %1 → %2.</source>
        <translation>例如 %1 → %2。</translation>
    </message>
    <message>
        <source>%1 of the first values do not convert</source>
        <translation>前几个值中有 %1 个无法转换</translation>
    </message>
    <message>
        <source>date and time as written</source>
        <translation>按原样的日期时间</translation>
    </message>
    <message>
        <source>dates as written</source>
        <translation>按原样的日期</translation>
    </message>
    <message>
        <source>, offsets converted to %1</source>
        <translation>，偏移已转换为 %1</translation>
    </message>
    <message>
        <source>reading the cluster&apos;s time_zone…</source>
        <translation>正在读取集群的 time_zone…</translation>
    </message>
</context>
<context>
    <name>dia::ui::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>dia::ui::PasswordVault</name>
    <message>
        <source>No password is saved for this connection.</source>
        <translation>此连接未保存密码。</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the password is not remembered; enter it each time.</source>
        <translation>没有可用的系统钥匙串（%1），因此不会记住密码；请每次输入。</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain (%1); it will be asked for next time.</source>
        <translation>无法将密码保存到系统钥匙串（%1）；下次将再次询问。</translation>
    </message>
</context>
<context>
    <name>dia::ui::PreviewModel</name>
    <message>
        <source>Line %1 has %2 fields, the header has %3.</source>
        <translation>第 %1 行有 %2 个字段，表头有 %3 个。</translation>
    </message>
    <message>
        <source>(extra %1)</source>
        <translation>（多余列 %1）</translation>
    </message>
</context>
<context>
    <name>dia::ui::PreviewPage</name>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>逗号 (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>分号 (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>竖线 (|)</translation>
    </message>
    <message>
        <source>\x01 (Hive)</source>
        <translation>\x01 (Hive)</translation>
    </message>
    <message>
        <source>Double quote (&quot;)</source>
        <translation>双引号 (&quot;)</translation>
    </message>
    <message>
        <source>Single quote (&apos;)</source>
        <translation>单引号 (&apos;)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Header: detect</source>
        <translation>表头：自动检测</translation>
    </message>
    <message>
        <source>First row is the header</source>
        <translation>第一行是表头</translation>
    </message>
    <message>
        <source>No header row</source>
        <translation>没有表头行</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Detected: %1%2 (confidence %3%), delimiter %4, quote %5, %6 line ends, %7, %8 line(s) skipped. </source>
        <translation>检测结果：%1%2（置信度 %3%），分隔符 %4，引号 %5，%6 换行，%7，跳过 %8 行。</translation>
    </message>
    <message>
        <source> with BOM</source>
        <translation>（带 BOM）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>有表头</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>无表头</translation>
    </message>
    <message numerus="yes">
        <source>Workbook with %n sheet(s); showing &apos;%1&apos;. </source>
        <translation>
            <numerusform>工作簿包含 %n 个工作表；当前显示“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n column(s).</source>
        <translation>
            <numerusform>%1，%n 列。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1 rows of about %2.</source>
        <translation>显示约 %2 行中的前 %1 行。</translation>
    </message>
    <message>
        <source>Scan stopped after %1 rows; types are based on those rows.</source>
        <translation>扫描在 %1 行后停止；类型基于这些行推断。</translation>
    </message>
    <message>
        <source>%1 data rows in the file.</source>
        <translation>文件中有 %1 行数据。</translation>
    </message>
    <message>
        <source>Scanned %1: %2 rows, %3 problem(s).</source>
        <translation>已扫描 %1：%2 行，%3 个问题。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Open a file to import</source>
        <translation>打开要导入的文件</translation>
    </message>
    <message>
        <source>Spreadsheets and text (*.csv *.tsv *.txt *.xlsx *.xls);;All files (*)</source>
        <translation>电子表格和文本 (*.csv *.tsv *.txt *.xlsx *.xls);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近的文件</translation>
    </message>
    <message>
        <source>Scanning… %1% of the file read.</source>
        <translation>正在扫描… 已读取文件的 %1%。</translation>
    </message>
</context>
<context>
    <name>dia::ui::RejectedRowsModel</name>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Chunk</source>
        <translation>分块</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行内容</translation>
    </message>
    <message>
        <source>This row has %1 values but the table takes %2: the row has extra cells to the right of the last column. Delete them in the file, or add a column for them.</source>
        <translation>这一行有 %1 个值，但表只接受 %2 个：该行在最后一列右侧还有多余的单元格。请在文件中删除它们，或为它们添加一列。</translation>
    </message>
    <message>
        <source>This row has %1 values but the table takes %2: cells are missing at the end of the row. Fill them in the file, or skip those columns.</source>
        <translation>这一行有 %1 个值，但表需要 %2 个：该行末尾缺少单元格。请在文件中补全，或跳过这些列。</translation>
    </message>
    <message>
        <source>Doris said: %1</source>
        <translation>Doris 的原话：%1</translation>
    </message>
</context>
<context>
    <name>dia::ui::ResultsPage</name>
    <message>
        <source>Chunk %1: %2</source>
        <translation>分块 %1：%2</translation>
    </message>
    <message>
        <source>Chunk %1: Doris logs at most 50 rejected rows per load; %2 were filtered.</source>
        <translation>分块 %1：Doris 每次导入最多记录 50 条被拒绝的行；共过滤 %2 行。</translation>
    </message>
    <message>
        <source>All chunks</source>
        <translation>所有分块</translation>
    </message>
    <message numerus="yes">
        <source>Chunk %1 (%n filtered)</source>
        <translation>
            <numerusform>分块 %1（过滤 %n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 rows loaded · %3 filtered · %4 unselected · %5 chunks · %6 s · %7/s · %8 rows/s</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 已导入 %2 行 · 过滤 %3 行 · 未选中 %4 行 · %5 个分块 · %6 秒 · %7/秒 · %8 行/秒</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>row</source>
        <translation>行内容</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>导出被拒绝的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s).</source>
        <translation>
            <numerusform>已导出 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No rejected rows: Doris loaded every row it was sent.</source>
        <translation>没有被拒绝的行：Doris 导入了收到的每一行。</translation>
    </message>
</context>
<context>
    <name>dia::ui::ThroughputChart</name>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>行/秒</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/秒</translation>
    </message>
    <message>
        <source>Follow the newest data again after zooming or panning.</source>
        <translation>缩放或平移后重新跟随最新数据。</translation>
    </message>
</context>
<context>
    <name>dia::ui::TimezoneChooser</name>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>未知时区“%1”。</translation>
    </message>
    <message>
        <source>Use an IANA name such as Asia/Shanghai or Europe/Berlin, UTC, or an offset like +08:00.</source>
        <translation>请使用 IANA 名称（如 Asia/Shanghai 或 Europe/Berlin）、UTC，或 +08:00 这样的偏移。</translation>
    </message>
</context>
</TS>
