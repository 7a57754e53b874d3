import java.lang.reflect.Field;

/**
 * Prints a SQL constant of the server's classes, so that pgbench runs exactly the statement the server sends
 * (bench/peers-rest.sh). Run with the source launcher on the server jar:
 * {@code java -cp target/moha-opendata.jar bench/peers/SqlOf.java vn.gov.moha.opendata.datasets.awards.AwardsApi GET}.
 */
public class SqlOf {
  public static void main(String[] args) throws Exception {
    Field f = Class.forName(args[0]).getDeclaredField(args[1]);
    f.setAccessible(true);
    System.out.println(f.get(null));
  }
}
