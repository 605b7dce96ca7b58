package de.lenkwerk.report;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Hostile upload files, generated in the test (nothing big is committed), and the measuring of one upload. */
final class HostileFiles {

    private HostileFiles() {
    }

    /** A real workbook as POI writes it: one sheet "Liste" with these rows (the first is the header). */
    static byte[] workbook(List<List<String>> rows) {
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Liste");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    interface Part {
        void write(Writer out) throws IOException;
    }

    /**
     * A workbook from POI whose sheet (and, if given, shared strings) are replaced by crafted XML, written as a
     * stream, so that the test never holds the inflated content.
     */
    static byte[] crafted(Part sheetData, Part sharedStrings) {
        var base = workbook(List.of(List.of("Titel")));
        var out = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(base)); var zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            boolean stringsWritten = false;
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                var name = entry.getName();
                zip.putNextEntry(new ZipEntry(name));
                if (name.equals("xl/worksheets/sheet1.xml")) {
                    writePart(zip, w -> {
                        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                        sheetData.write(w);
                        w.write("</sheetData></worksheet>");
                    });
                } else if (name.equals("xl/sharedStrings.xml") && sharedStrings != null) {
                    writePart(zip, sharedStrings);
                    stringsWritten = true;
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
            if (sharedStrings != null && !stringsWritten) {
                throw new IllegalStateException("the base workbook has no shared strings");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writePart(OutputStream zip, Part part) throws IOException {
        var writer = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
        part.write(writer);
        writer.flush();
    }

    /** An inline-string cell. */
    static String cell(String reference, String text) {
        return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /**
     * A zip bomb far over POI's inflate ratio: a sheet of 256 MB of white space after its header row, about 250 KB
     * packed.
     */
    static byte[] ratioBomb() {
        return crafted(w -> {
            w.write("<row r=\"1\">" + cell("A1", "Titel") + "</row>");
            var spaces = " ".repeat(1 << 20);
            for (int i = 0; i < 256; i++) {
                w.write(spaces);
            }
        }, null);
    }

    /**
     * A zip bomb under POI's inflate ratio (about 3 % packed, like ordinary text): 80 MB of shared strings, which POI
     * keeps in memory, in about 2.5 MB: only the limit on an entry's inflated size stops it.
     */
    static byte[] entrySizeBomb() {
        var random = new Random(19);
        return crafted(w -> w.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"), w -> {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            var chunk = new char[1000];
            for (int i = 0; i < 80_000; i++) {
                java.util.Arrays.fill(chunk, 'a');
                for (int k = 0; k < 25; k++) {
                    chunk[random.nextInt(chunk.length)] = (char) ('a' + random.nextInt(26));
                }
                w.write("<si><t>");
                w.write(chunk);
                w.write("</t></si>");
            }
            w.write("</sst>");
        });
    }

    /** A valid workbook of about 6 MB: one picture-like entry of random bytes, stored. */
    static byte[] sixMegabytes() {
        var base = workbook(List.of(List.of("Titel"), List.of("Eine Maßnahme")));
        var out = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(base)); var zip = new ZipOutputStream(out)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            var noise = new byte[6 * 1024 * 1024];
            new Random(6).nextBytes(noise);
            var stored = new ZipEntry("xl/media/image1.png");
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(noise.length);
            var crc = new CRC32();
            crc.update(noise);
            stored.setCrc(crc.getValue());
            zip.putNextEntry(stored);
            zip.write(noise);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A list saved as text and renamed to .xlsx. */
    static byte[] renamedText() {
        return ("Nr.;Titel;Frist\nLA-1;" + "<script>alert(1)</script>" + ";31.12.2026\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A workbook protected with a password, as Excel encrypts it (agile encryption in an OLE2 container). */
    static byte[] passwordProtected() {
        var plain = workbook(List.of(List.of("Titel"), List.of("Geheim")));
        try (var fs = new POIFSFileSystem()) {
            var info = new EncryptionInfo(EncryptionMode.agile);
            var encryptor = info.getEncryptor();
            encryptor.confirmPassword("geheim");
            try (var os = encryptor.getDataStream(fs)) {
                os.write(plain);
            }
            var out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Time, bytes allocated by the uploading thread (an upper bound for what it can keep) and the peak heap growth. */
    record Measured(String name, long millis, long allocatedBytes, long peakHeapGrowthBytes, Throwable failure) {

        long allocatedMegabytes() {
            return allocatedBytes / (1024 * 1024);
        }

        long peakHeapGrowthMegabytes() {
            return peakHeapGrowthBytes / (1024 * 1024);
        }

        @Override
        public String toString() {
            return "%s: %d ms, %d MB allocated, peak heap +%d MB".formatted(name, millis, allocatedMegabytes(),
                    peakHeapGrowthMegabytes());
        }
    }

    /** Runs one upload and measures it; what it throws is kept for the test to check. */
    static Measured measure(String name, Runnable upload) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP).toList();
        System.gc();
        long before = pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        pools.forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
        long allocated = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        Throwable failure = null;
        try {
            upload.run();
        } catch (Throwable e) {
            failure = e;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        allocated = threads.getCurrentThreadAllocatedBytes() - allocated;
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        var measured = new Measured(name, millis, allocated, Math.max(0, peak - before), failure);
        System.out.println("[hostile upload] " + measured);
        return measured;
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
