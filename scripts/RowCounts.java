import java.sql.DriverManager;

/**
 * Prints "TABLE count" for every table of the application's schema, sorted by name, for scripts/restore-drill.sh.
 * Run with the database's JDBC driver on the class path: java -cp h2.jar scripts/RowCounts.java URL USER PASSWORD
 */
public class RowCounts {

    public static void main(String[] args) throws Exception {
        try (var connection = DriverManager.getConnection(args[0], args[1], args.length > 2 ? args[2] : "")) {
            var tables = new java.util.TreeSet<String>();
            try (var rows = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    var schema = rows.getString("TABLE_SCHEM");
                    if (schema != null && (schema.equalsIgnoreCase("PUBLIC"))) {
                        tables.add(rows.getString("TABLE_NAME"));
                    }
                }
            }
            for (var table : tables) {
                try (var count = connection.createStatement()
                        .executeQuery("select count(*) from \"" + table.replace("\"", "\"\"") + "\"")) {
                    count.next();
                    System.out.println(table.toUpperCase() + " " + count.getLong(1));
                }
            }
        }
    }
}
