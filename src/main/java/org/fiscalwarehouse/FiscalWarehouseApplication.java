package org.fiscalwarehouse;

import org.fiscalwarehouse.cli.FiscalWarehouseCli;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** fiscal-warehouse: Chinese government fiscal disclosures → a Parquet star schema queried with DuckDB. */
@SpringBootApplication
public class FiscalWarehouseApplication {

    public static void main(String[] args) {
        System.exit(new FiscalWarehouseCli(System.out, System.err).run(args));
    }
}
