package org.resourcelibrary.indexer.extract;

import java.io.InputStream;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/** Test only: gives {@code *.misbehave} files the type that {@link MisbehavingParser} reads. */
public final class MisbehavingDetector implements Detector {

    private static final long serialVersionUID = 1L;

    @Override
    public MediaType detect(InputStream input, Metadata metadata) {
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        return name != null && name.endsWith(".misbehave") ? MisbehavingParser.TYPE : MediaType.OCTET_STREAM;
    }
}
