package dev.aiir.scheduler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;

/**
 * Quartz's standard delegate, reading blobs as bytes: sqlite-jdbc does not implement {@code
 * ResultSet.getBlob}, on which the standard delegate fails at the first {@code scheduleJob}.
 */
public class SqliteDelegate extends StdJDBCDelegate {

  @Override
  protected Object getObjectFromBlob(ResultSet rs, String colName)
      throws ClassNotFoundException, IOException, SQLException {
    byte[] bytes = rs.getBytes(colName);
    if (bytes == null || bytes.length == 0) {
      return null;
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  @Override
  protected Object getJobDataFromBlob(ResultSet rs, String colName)
      throws ClassNotFoundException, IOException, SQLException {
    if (!canUseProperties()) {
      return getObjectFromBlob(rs, colName);
    }
    byte[] bytes = rs.getBytes(colName);
    return bytes == null || bytes.length == 0 ? null : new ByteArrayInputStream(bytes);
  }
}
