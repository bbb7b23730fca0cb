package io.vigint.persistence.legacy;

import org.apache.ibatis.annotations.Param;

/** SQL over {@code legacy_imports}; the statements are in {@code LegacyImportMapper.xml} beside this type's package. */
public interface LegacyImportMapper {
    /** The row of this kind and reference, or {@code null}. */
    LegacyImportRow find(@Param("kind") String kind, @Param("legacyRef") String legacyRef);

    /** Updates the row of the same kind and reference; returns the row count. */
    int update(LegacyImportRow row);

    /** Inserts the row; returns the row count. */
    int insert(LegacyImportRow row);
}
