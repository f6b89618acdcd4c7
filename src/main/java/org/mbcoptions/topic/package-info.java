@NullMarked
package org.mbcoptions.topic;

import org.jspecify.annotations.NullMarked;
