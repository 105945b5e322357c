package org.resourcelibrary.indexer.extract;

/**
 * Bounds for unpacking an archive, so that a zip bomb or a self-containing zip cannot fill the disk or
 * loop forever.
 *
 * @param maxDepth            zips nested deeper than this are not opened (the outer zip is depth 1)
 * @param maxMembers          members unpacked from one archive, nested ones included
 * @param maxTotalBytes       uncompressed bytes written for one archive, nested ones included
 * @param maxMemberBytes      uncompressed bytes of one member
 * @param maxCompressionRatio uncompressed / compressed size above which a member is refused as a bomb
 */
public record ArchiveLimits(int maxDepth, int maxMembers, long maxTotalBytes, long maxMemberBytes,
                            int maxCompressionRatio) {

    public static final int DEFAULT_MAX_DEPTH = 5;
    public static final int DEFAULT_MAX_MEMBERS = 10_000;
    public static final long DEFAULT_MAX_TOTAL_BYTES = 8L * 1024 * 1024 * 1024;
    public static final long DEFAULT_MAX_MEMBER_BYTES = 2L * 1024 * 1024 * 1024;
    public static final int DEFAULT_MAX_COMPRESSION_RATIO = 200;

    public ArchiveLimits {
        if (maxDepth < 1 || maxMembers < 1 || maxTotalBytes < 1 || maxMemberBytes < 1 || maxCompressionRatio < 1) {
            throw new IllegalArgumentException("archive limits must be positive");
        }
    }

    public static ArchiveLimits defaults() {
        return new ArchiveLimits(DEFAULT_MAX_DEPTH, DEFAULT_MAX_MEMBERS, DEFAULT_MAX_TOTAL_BYTES,
                DEFAULT_MAX_MEMBER_BYTES, DEFAULT_MAX_COMPRESSION_RATIO);
    }
}
