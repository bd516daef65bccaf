package io.blackbox.engine.lists.importers;

import io.blackbox.engine.lists.ImportLimits;
import io.blackbox.engine.lists.ImportResult;
import io.blackbox.engine.lists.ListFormat;
import io.blackbox.engine.lists.ListInput;

import java.util.List;

/** Routes a format to its importer. Internal to the engine; use {@code ListImporters}. */
public final class Dispatcher {
    private Dispatcher() {
    }

    public static List<ImportResult> read(ListFormat format, List<ListInput> inputs, ImportLimits limits,
                                          String defaultSource) {
        return switch (format) {
            case OFAC_SDN -> List.of(OfacCsvImporter.read(OfacCsvImporter.SDN_SOURCE, inputs, limits));
            case OFAC_CONS -> List.of(OfacCsvImporter.read(OfacCsvImporter.CONS_SOURCE, inputs, limits));
            case UN_XML -> List.of(UnXmlImporter.read(inputs, limits));
            case CSL_JSON -> CslJsonImporter.read(inputs, limits);
            case CSL_CSV -> CslCsvImporter.read(inputs, limits);
            case EU_ANNEX -> List.of(EuAnnexImporter.read(inputs, limits));
            case BIS_DPL -> List.of(BisDplImporter.read(inputs, limits));
            case DOD_1260H -> List.of(Dod1260hImporter.read(inputs, limits));
            case BIS_MIEU -> List.of(BisMieuImporter.read(inputs, limits));
            case CUSTOM_CSV -> List.of(CustomCsvImporter.read(defaultSource, inputs, limits));
            case FTM_JSON -> FtmJson.read(inputs, limits, defaultSource);
        };
    }
}
