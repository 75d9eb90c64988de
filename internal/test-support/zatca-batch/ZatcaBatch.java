/*
 * Validates many invoice files in one JVM, with the same stages, findings and output per file as
 * `ZatcaLiteOracle validate` (the checker behind ../shared/tools/zatca-validate), for the test
 * suite's batches (issue 11: one JVM per document cost CI minutes). It reuses the oracle's own
 * QR, signature, PIH and report code and differs only in compiling the XSD and the two
 * schematrons once instead of once per file. Each file's output is framed by
 *   === ZATCA-BATCH FILE <path>   and   === ZATCA-BATCH END
 * so that zatca-validate's verdict.sh can read it (`--from-output`) as it reads the oracle's.
 *
 *   java -cp <oracle classpath>:<this class> ZatcaBatch [--pih <b64>] [--all-stages] <invoice.xml>...
 *   java -cp <oracle classpath>:<this class> ZatcaBatch --serve
 *
 * With --serve it stays up and takes one batch per line on stdin — its arguments and files
 * separated by tabs — answering each with the framed files and then `=== ZATCA-BATCH DONE`, until
 * stdin closes: a test run starts it once per lane and compiles the rule files once, however many
 * test files ask for checks.
 */
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

public final class ZatcaBatch {
    private final Schema schema;
    private final Processor saxon = new Processor(false);
    private final XsltExecutable en;
    private final XsltExecutable ksa;

    private ZatcaBatch() throws Exception {
        schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new File(ZatcaLiteOracle.config("xsdPath")));
        en = saxon.newXsltCompiler().compile(new StreamSource(new File(ZatcaLiteOracle.config("enSchematron"))));
        ksa = saxon.newXsltCompiler().compile(new StreamSource(new File(ZatcaLiteOracle.config("zatcaSchematron"))));
    }

    public static void main(String[] args) throws Exception {
        org.apache.xml.security.Init.init();
        ZatcaBatch batch = new ZatcaBatch();
        if (args.length == 1 && args[0].equals("--serve")) {
            BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = requests.readLine(); line != null; line = requests.readLine()) {
                if (line.isEmpty()) continue;
                batch.run(line.split("\t"));
                System.out.println("=== ZATCA-BATCH DONE");
                System.out.flush();
            }
            return;
        }
        batch.run(args);
    }

    /** Checks one batch: `[--pih <b64>] [--all-stages] <invoice.xml>...`, each file framed on stdout. */
    private void run(String[] args) throws Exception {
        String pih = null;
        boolean allStages = false;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--pih") && i + 1 < args.length) pih = args[++i];
            else if (args[i].equals("--all-stages")) allStages = true;
            else files.add(Paths.get(args[i]));
        }
        PrintStream out = System.out;
        for (Path file : files) {
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try {
                validate(file, Files.readAllBytes(file), pih, allStages);
            } catch (Exception e) {
                // The oracle's own wording for a crash, which verdict.sh reads as ERROR.
                System.out.println("[ERROR] lite oracle crashed: " + e);
            } finally {
                System.out.flush();
                System.setOut(out);
            }
            out.println("=== ZATCA-BATCH FILE " + file);
            out.write(captured.toByteArray());
            out.println("=== ZATCA-BATCH END");
            out.flush();
        }
    }

    /** ZatcaLiteOracle.validate, stage for stage, with the compiled rule files reused. */
    private boolean validate(Path file, byte[] raw, String pihOverride, boolean allStages) throws Exception {
        System.out.println("[lite] ZatcaBatch: SDK data at " + ZatcaLiteOracle.sdkHome() + " (rule files of the SDK; stages QR/SIGNATURE/PIH re-implemented)");
        Document d;
        try {
            d = ZatcaLiteOracle.parse(raw);
        } catch (Exception e) {
            ZatcaLiteOracle.Stage x = new ZatcaLiteOracle.Stage("XSD");
            x.error("SAXParseException", "not well-formed XML: " + e.getMessage());
            return ZatcaLiteOracle.report(List.of(x));
        }
        Element root = d.getDocumentElement();
        String typeName = ZatcaLiteOracle.text(root, "cbc:InvoiceTypeCode") == null ? "" : ZatcaLiteOracle.path(root, "cbc:InvoiceTypeCode").getAttribute("name");
        boolean simplified = typeName.startsWith("02");
        List<ZatcaLiteOracle.Stage> stages = new ArrayList<>();
        stages.add(xsd(file));
        stages.add(schematron("EN", en, file));
        stages.add(schematron("KSA", ksa, file));
        if (simplified || allStages) {
            stages.add(ZatcaLiteOracle.qr(d, raw));
            stages.add(ZatcaLiteOracle.signature(d, raw));
        }
        stages.add(ZatcaLiteOracle.pih(d, pihOverride));
        return ZatcaLiteOracle.report(stages);
    }

    /** ZatcaLiteOracle.xsd with the schema compiled once. */
    private ZatcaLiteOracle.Stage xsd(Path file) throws Exception {
        ZatcaLiteOracle.Stage st = new ZatcaLiteOracle.Stage("XSD");
        Validator v = schema.newValidator();
        v.setErrorHandler(new ErrorHandler() {
            public void warning(SAXParseException e) { }
            public void error(SAXParseException e) { st.error("SAXParseException", "line " + e.getLineNumber() + ": " + e.getMessage()); }
            public void fatalError(SAXParseException e) { error(e); }
        });
        try {
            v.validate(new StreamSource(file.toFile()));
        } catch (SAXParseException e) {
            if (st.findings.isEmpty()) st.error("SAXParseException", "line " + e.getLineNumber() + ": " + e.getMessage());
        }
        return st;
    }

    /** ZatcaLiteOracle.schematron with the stylesheet compiled once: SVRL asserts and reports become findings. */
    private ZatcaLiteOracle.Stage schematron(String name, XsltExecutable exe, Path file) {
        ZatcaLiteOracle.Stage st = new ZatcaLiteOracle.Stage(name);
        try {
            XdmDestination out = new XdmDestination();
            exe.load30().transform(new StreamSource(file.toFile()), out);
            XdmNode svrl = out.getXdmNode();
            XPathCompiler xp = saxon.newXPathCompiler();
            xp.declareNamespace("svrl", "http://purl.oclc.org/dsdl/svrl");
            for (XdmItem it : xp.evaluate("//svrl:failed-assert | //svrl:successful-report", svrl)) {
                XdmNode n = (XdmNode) it;
                String id = n.getAttributeValue(new QName("id"));
                String flag = n.getAttributeValue(new QName("flag"));
                String msg = xp.evaluateSingle("normalize-space(string(svrl:text))", n).getStringValue();
                if ("warning".equals(flag)) st.warn(id, msg); else st.error(id, msg);
            }
        } catch (SaxonApiException e) {
            st.error("SaxonApiException", e.getMessage());
        }
        return st;
    }
}
